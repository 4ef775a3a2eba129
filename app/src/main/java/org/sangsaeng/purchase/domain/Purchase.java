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
    private String voteOutcome;
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

    public void voted(long voteId, String outcome) {
        this.voteId = voteId;
        this.voteOutcome = outcome;
    }

    public void moveTo(Stage stage) {
        this.stage = stage;
    }

    public void extendOrderDeadline(Instant deadline) {
        this.orderDeadline = deadline;
        this.orderDeadlineExtended = true;
        this.stage = Stage.ORDERING;
    }

    public void supplierAnswered(String answer, String reason) {
        this.supplierAnswer = answer;
        this.supplierReason = reason;
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

    public void close(Stage finalStage, Instant at) {
        this.stage = finalStage;
        this.closedAt = at;
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

    public String getVoteOutcome() {
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
