package org.sangsaeng.purchase.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sangsaeng.purchase.SplitBasis;
import org.sangsaeng.purchase.Stage;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.voting.Outcome;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A group purchase and its stage, from the vote to the close.
 *
 * <p>Longer than our 300 lines on purpose: it is the purchase's whole state machine (vote, pledging
 * and its one extension, the supplier's answer, the price check, the split, delivery, rejection and
 * cancellation), each transition refusing a move its stage does not allow; the rest is the getters
 * the services and views need. Split into pieces, a transition could change the stage without the
 * checks the others apply.
 */
@Entity
@Table(name = "purchase")
public class Purchase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "coop_id")
    private long coopId;

    private long proposedBy;
    private long supplierId;
    private String title;
    private String reason;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    private SplitBasis splitBasis;

    private long shippingCost;
    private long coopFee;
    private long supplierMinimum;
    private Instant voteDeadline;
    private Instant orderDeadline;
    private boolean orderDeadlineExtended;
    private int quorumPercent;
    private String approvalRule;
    private Integer requiredSharePercent;
    private boolean reasonRequiredForNo;
    private Long voteId;

    @Enumerated(EnumType.STRING)
    private Outcome voteOutcome;

    private String supplierAnswer;
    private String supplierReason;
    private String cancelReason;
    private Long processInstanceKey;

    /**
     * The co-op rules version the purchase runs under; null for purchases started before co-op
     * rules (version 1).
     */
    private Integer rulesVersion;

    private Instant createdAt;
    private Instant closedAt;
    @Version private long version;

    @OneToMany(
            mappedBy = "purchase",
            cascade = CascadeType.ALL,
            fetch = FetchType.EAGER,
            orphanRemoval = true)
    @OrderBy("lineNo")
    private List<PurchaseLine> lines = new ArrayList<>();

    protected Purchase() {}

    public Purchase(
            long coopId,
            long proposedBy,
            long supplierId,
            String title,
            String reason,
            SplitBasis splitBasis,
            long shippingCost,
            long coopFee,
            long supplierMinimum,
            Instant voteDeadline,
            Instant orderDeadline,
            int rulesVersion,
            int quorumPercent,
            String approvalRule,
            Integer requiredSharePercent,
            boolean reasonRequiredForNo,
            Instant createdAt) {
        this.rulesVersion = rulesVersion;
        this.coopId = coopId;
        this.proposedBy = proposedBy;
        this.supplierId = supplierId;
        this.title = title;
        this.reason = reason;
        this.stage = Stage.VOTING;
        this.splitBasis = splitBasis;
        this.shippingCost = shippingCost;
        this.coopFee = coopFee;
        this.supplierMinimum = supplierMinimum;
        this.voteDeadline = voteDeadline;
        this.orderDeadline = orderDeadline;
        this.quorumPercent = quorumPercent;
        this.approvalRule = approvalRule;
        this.requiredSharePercent = requiredSharePercent;
        this.reasonRequiredForNo = reasonRequiredForNo;
        this.createdAt = createdAt;
    }

    /** A line, copied from a catalogue item when {@code catalogueItemId} is not null. */
    public void addLine(
            String item,
            String unit,
            long unitPrice,
            long packSize,
            Long maxPerMember,
            Long catalogueItemId) {
        lines.add(
                new PurchaseLine(
                        this,
                        lines.size() + 1,
                        item,
                        unit,
                        unitPrice,
                        packSize,
                        maxPerMember,
                        catalogueItemId));
    }

    public int getRulesVersion() {
        return rulesVersion == null ? 1 : rulesVersion;
    }

    public void startedAs(long processInstanceKey) {
        this.processInstanceKey = processInstanceKey;
    }

    /**
     * The member vote has ended with {@code outcome}; the process then opens ordering or rejects.
     * Recording the same vote again changes nothing.
     */
    public void closeVoting(long voteId, Outcome outcome) {
        if (Long.valueOf(voteId).equals(this.voteId) && outcome == this.voteOutcome) {
            return;
        }
        require(stage == Stage.VOTING && this.voteId == null && outcome != null);
        this.voteId = voteId;
        this.voteOutcome = outcome;
    }

    /** The vote did not pass: the purchase ends here. */
    public void reject(Instant at) {
        if (stage == Stage.REJECTED) {
            return;
        }
        require(stage == Stage.VOTING && voteOutcome != null && voteOutcome != Outcome.PASSED);
        end(Stage.REJECTED, at);
    }

    /** The vote passed: members may pledge until the order deadline. */
    public void openOrdering() {
        if (stage == Stage.ORDERING) {
            return;
        }
        require(stage == Stage.VOTING && voteOutcome == Outcome.PASSED);
        this.stage = Stage.ORDERING;
    }

    /** Refuses a pledge unless the pooled order is open and its deadline has not passed. */
    public void checkOpenForPledges(Instant now) {
        if (stage != Stage.ORDERING || !now.isBefore(orderDeadline)) {
            throw new BusinessException("error.pledge.notOrdering");
        }
    }

    /** The pledging has ended; the lines are then rounded to whole packs. */
    public void closeOrdering() {
        if (stage == Stage.ORDER_CLOSED) {
            return;
        }
        require(stage == Stage.ORDERING);
        this.stage = Stage.ORDER_CLOSED;
    }

    /** Refuses a second extension of the order deadline. */
    public void checkExtendable() {
        if (orderDeadlineExtended) {
            throw new BusinessException("error.purchase.alreadyExtended");
        }
    }

    /**
     * The leader reopens pledging once, below the supplier minimum, until {@code deadline}.
     * Extending again to the same deadline changes nothing.
     */
    public void extendOrdering(Instant deadline) {
        if (orderDeadlineExtended && stage == Stage.ORDERING && deadline.equals(orderDeadline)) {
            return;
        }
        checkExtendable();
        require(stage == Stage.ORDER_CLOSED);
        this.orderDeadline = deadline;
        this.orderDeadlineExtended = true;
        this.stage = Stage.ORDERING;
    }

    /** The order goes to the supplier, or again to a supplier who has not answered. */
    public void sendToSupplier() {
        if (stage == Stage.AWAITING_SUPPLIER) {
            checkAwaitingSupplier();
            return;
        }
        require(stage == Stage.ORDER_CLOSED);
        this.stage = Stage.AWAITING_SUPPLIER;
    }

    /** The supplier answers once, while the order awaits its answer. */
    public void supplierAnswered(String answer, String reason) {
        checkAwaitingSupplier();
        this.supplierAnswer = answer;
        this.supplierReason = reason;
    }

    /**
     * The supplier's answer was not taken: the engine had ended the answer time when it arrived.
     * While the order still awaits the supplier, the answer and its confirmed lines are undone, so
     * that the leader's decision about the silence (send again, cancel) can be made. Returns false
     * only when the purchase went on with the answer.
     */
    public boolean supplierAnswerNotTaken() {
        if (stage == Stage.AWAITING_SUPPLIER) {
            this.supplierAnswer = null;
            this.supplierReason = null;
            lines.forEach(PurchaseLine::unconfirmed);
            return true;
        }
        return stage == Stage.CANCELLED;
    }

    /**
     * The leader cancels a purchase whose supplier did not answer in time, with the reason members
     * are told; refused once the supplier has answered or the purchase has ended.
     */
    public void cancelForSilentSupplier(String reason) {
        checkAwaitingSupplier();
        this.cancelReason = reason;
    }

    /**
     * Refuses a decision about the supplier's silence once the supplier has answered or the
     * purchase has moved on.
     */
    public void checkAwaitingSupplier() {
        if (stage != Stage.AWAITING_SUPPLIER || supplierAnswer != null) {
            throw new BusinessException("error.purchase.notAwaitingSupplier");
        }
    }

    /**
     * What the supplier confirmed is allocated: the leader checks a price rise beyond the limit,
     * else the bill is split.
     */
    public void supplyConfirmed(boolean priceRiseAboveLimit) {
        Stage next = priceRiseAboveLimit ? Stage.PRICE_CHECK : Stage.SETTLING;
        if (stage == next) {
            return;
        }
        require(
                stage == Stage.AWAITING_SUPPLIER
                        && supplierAnswer != null
                        && !"REJECT".equals(supplierAnswer));
        this.stage = next;
    }

    /** The bill is split, after the supplier's answer or the leader's acceptance of its prices. */
    public void settle() {
        if (stage == Stage.SETTLING) {
            return;
        }
        require(stage == Stage.PRICE_CHECK);
        this.stage = Stage.SETTLING;
    }

    /** The leader confirms the goods arrived. */
    public void delivered() {
        if (stage == Stage.DELIVERY) {
            return;
        }
        require(stage == Stage.SETTLING);
        this.stage = Stage.DELIVERY;
    }

    /** The purchase ends after the delivery. */
    public void close(Instant at) {
        if (stage == Stage.CLOSED) {
            return;
        }
        require(stage == Stage.DELIVERY);
        end(Stage.CLOSED, at);
    }

    /**
     * The purchase ends without an order: below the supplier minimum, refused or unanswered by the
     * supplier, or a price rise the leader did not accept.
     */
    public void cancel(Instant at) {
        if (stage == Stage.CANCELLED) {
            return;
        }
        require(
                stage == Stage.ORDER_CLOSED
                        || stage == Stage.AWAITING_SUPPLIER
                        || stage == Stage.PRICE_CHECK);
        end(Stage.CANCELLED, at);
    }

    private void end(Stage finalStage, Instant at) {
        this.stage = finalStage;
        this.closedAt = at;
    }

    /** Refuses a move the purchase's stage does not allow, naming the stage. */
    private void require(boolean allowed) {
        if (!allowed) {
            // The stage by its name in the reader's language (report.stage.*), not the enum's.
            throw new BusinessException(
                    "error.purchase.wrongStage",
                    new DefaultMessageSourceResolvable(
                            new String[] {"report.stage." + stage.name()}, stage.name()));
        }
    }

    public Long getId() {
        return id;
    }

    public long getCoopId() {
        return coopId;
    }

    public long getProposedBy() {
        return proposedBy;
    }

    public long getSupplierId() {
        return supplierId;
    }

    public String getTitle() {
        return title;
    }

    public String getReason() {
        return reason;
    }

    public Stage getStage() {
        return stage;
    }

    public SplitBasis getSplitBasis() {
        return splitBasis;
    }

    public long getShippingCost() {
        return shippingCost;
    }

    public long getCoopFee() {
        return coopFee;
    }

    public long getSupplierMinimum() {
        return supplierMinimum;
    }

    public Instant getVoteDeadline() {
        return voteDeadline;
    }

    public Instant getOrderDeadline() {
        return orderDeadline;
    }

    public boolean isOrderDeadlineExtended() {
        return orderDeadlineExtended;
    }

    public int getQuorumPercent() {
        return quorumPercent;
    }

    public String getApprovalRule() {
        return approvalRule;
    }

    public Integer getRequiredSharePercent() {
        return requiredSharePercent;
    }

    public boolean isReasonRequiredForNo() {
        return reasonRequiredForNo;
    }

    public Long getVoteId() {
        return voteId;
    }

    public Outcome getVoteOutcome() {
        return voteOutcome;
    }

    public String getSupplierAnswer() {
        return supplierAnswer;
    }

    public String getSupplierReason() {
        return supplierReason;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Long getProcessInstanceKey() {
        return processInstanceKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<PurchaseLine> getLines() {
        return lines;
    }
}
