package org.sangsaeng.sale.domain;

import jakarta.persistence.CascadeType;
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
import java.util.Set;
import org.sangsaeng.sale.OfferStage;
import org.sangsaeng.sale.PartAnswer;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.voting.Outcome;

/**
 * A joint offer of a co-op. It guards its own stage: each transition is named for what happens and
 * refuses a move its stage does not allow; sets are reserved and released only through it, under
 * the row's lock, so they are never oversold.
 *
 * <p>Longer than our 300 lines on purpose: it is the offer's whole state machine (proposal, shops'
 * parts, vote, order window, pickup, settlement, cancellation) with the reservation of sets. Split
 * into pieces, a transition could change the stage or the sets without the checks and the row lock
 * that this one class applies to all of them.
 */
@Entity
@Table(name = "joint_offer")
public class JointOffer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long coopId;
    private long proposedBy;
    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    private OfferStage stage;

    private long salePrice;
    private Long belowCostConfirmedBy;
    private int setsTotal;
    private int setsOrdered;
    private int minimumSets;
    private Instant orderDeadline;
    private int rulesVersion;
    private int revisions;
    private Long voteId;

    @Enumerated(EnumType.STRING)
    private Outcome voteOutcome;

    private String cancelReason;
    private Long processInstanceKey;
    private Instant createdAt;
    private Instant closedAt;
    private String transferAccount;
    private Long received;
    private Long saleFee;
    private Long cardCosts;
    private Long transferCosts;
    @Version private long version;

    @OneToMany(
            mappedBy = "offer",
            cascade = CascadeType.ALL,
            fetch = FetchType.EAGER,
            orphanRemoval = true)
    @OrderBy("lineNo")
    private List<JointOfferPart> parts = new ArrayList<>();

    @OneToMany(mappedBy = "offer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsAt")
    private List<JointOfferSlot> slots = new ArrayList<>();

    protected JointOffer() {}

    public JointOffer(long coopId, long proposedBy, int rulesVersion, Instant createdAt) {
        this.coopId = coopId;
        this.proposedBy = proposedBy;
        this.rulesVersion = rulesVersion;
        this.createdAt = createdAt;
        this.stage = OfferStage.CONFIRMING;
    }

    /** The terms: set at proposal, and again by a revision (every shop then answers anew). */
    public void setTerms(
            String title,
            String description,
            long salePrice,
            Long belowCostConfirmedBy,
            int setsTotal,
            int minimumSets,
            Instant orderDeadline,
            String transferAccount) {
        if (stage != OfferStage.CONFIRMING && stage != OfferStage.REVISING) {
            throw new BusinessException("error.sale.notRevisable");
        }
        this.title = title;
        this.description = description;
        this.salePrice = salePrice;
        this.belowCostConfirmedBy = belowCostConfirmedBy;
        this.setsTotal = setsTotal;
        this.minimumSets = minimumSets;
        this.orderDeadline = orderDeadline;
        this.transferAccount = transferAccount;
        parts.clear();
        slots.clear();
    }

    public void addPart(
            long shopUserId,
            String shopName,
            String item,
            int quantityPerSet,
            String unit,
            long price) {
        parts.add(
                new JointOfferPart(
                        this,
                        parts.size() + 1,
                        shopUserId,
                        shopName,
                        item,
                        quantityPerSet,
                        unit,
                        price));
    }

    public void addSlot(String place, Instant startsAt, Instant endsAt) {
        slots.add(new JointOfferSlot(this, place, startsAt, endsAt));
    }

    public void startedAs(long processInstanceKey) {
        this.processInstanceKey = processInstanceKey;
    }

    /**
     * A shop declined or did not answer in time: back to the proposer. Returns whether every shop
     * confirmed.
     */
    public boolean checkParts() {
        if (stage == OfferStage.REVISING || stage == OfferStage.VOTING) {
            return stage == OfferStage.VOTING; // a second delivery of the same check
        }
        requireStage(OfferStage.CONFIRMING);
        boolean all = parts.stream().allMatch(p -> p.getAnswer() == PartAnswer.CONFIRMED);
        stage = all ? OfferStage.VOTING : OfferStage.REVISING;
        return all;
    }

    /** The proposer revises the terms: the shops are asked again. */
    public void revise() {
        requireStage(OfferStage.REVISING);
        revisions++;
        stage = OfferStage.CONFIRMING;
    }

    public void recordVote(Long voteId, Outcome outcome) {
        this.voteId = voteId;
        this.voteOutcome = outcome;
    }

    public void reject(Instant now) {
        if (stage != OfferStage.REJECTED) {
            requireStage(OfferStage.VOTING);
            stage = OfferStage.REJECTED;
            closedAt = now;
        }
    }

    public void openOrders() {
        if (stage != OfferStage.ORDERING) {
            requireStage(OfferStage.VOTING);
            stage = OfferStage.ORDERING;
        }
    }

    /** Reserves sets for an order placed now; refused after the window and beyond the sets left. */
    public void reserve(int sets, Instant now) {
        if (stage != OfferStage.ORDERING || !now.isBefore(orderDeadline)) {
            throw new BusinessException("error.sale.orderWindowClosed");
        }
        if (sets > setsLeft()) {
            throw new BusinessException("error.sale.soldOut", setsLeft());
        }
        setsOrdered += sets;
    }

    /** Gives back the sets of an order cancelled while the window is open. */
    public void release(int sets, Instant now) {
        if (stage != OfferStage.ORDERING || !now.isBefore(orderDeadline)) {
            throw new BusinessException("error.sale.orderWindowClosed");
        }
        setsOrdered -= sets;
    }

    /** The window has closed; returns whether fewer sets than the minimum were ordered. */
    public boolean closeOrders() {
        if (stage == OfferStage.ORDERING) {
            stage = isBelowMinimum() ? OfferStage.DECIDING : OfferStage.PREPARING;
        } else if (stage != OfferStage.DECIDING && stage != OfferStage.PREPARING) {
            requireStage(OfferStage.ORDERING);
        }
        return stage == OfferStage.DECIDING;
    }

    /** Below the minimum, the leader goes ahead all the same. */
    public void goAhead() {
        requireStage(OfferStage.DECIDING);
        stage = OfferStage.PREPARING;
    }

    public void cancel(String reason, Instant now) {
        if (stage == OfferStage.CANCELLED) {
            return;
        }
        if (!Set.of(OfferStage.CONFIRMING, OfferStage.REVISING, OfferStage.DECIDING)
                .contains(stage)) {
            throw new BusinessException("error.sale.notCancellable");
        }
        stage = OfferStage.CANCELLED;
        cancelReason = reason;
        closedAt = now;
    }

    public void close(Instant now) {
        if (stage != OfferStage.CLOSED) {
            requireStage(OfferStage.PREPARING);
            stage = OfferStage.CLOSED;
            closedAt = now;
        }
    }

    /**
     * What customers paid and what came off it before the shops' shares (the co-op's fee, the card
     * and transfer costs), written once when the sale closes; a re-delivered step finds it written.
     */
    public void settle(long received, long saleFee, long cardCosts, long transferCosts) {
        requireStage(OfferStage.CLOSED);
        if (isSettled()) {
            return;
        }
        if (saleFee + cardCosts + transferCosts > received) {
            throw new IllegalStateException("Deductions exceed what was received for offer " + id);
        }
        this.received = received;
        this.saleFee = saleFee;
        this.cardCosts = cardCosts;
        this.transferCosts = transferCosts;
    }

    public boolean isSettled() {
        return received != null;
    }

    /** Whether customers may pay into the co-op's account before pickup. */
    public boolean acceptsTransfers() {
        return transferAccount != null;
    }

    /** Whether the members voted for the offer: from then on customers may see it. */
    public boolean isAgreed() {
        return voteOutcome == Outcome.PASSED && stage != OfferStage.REJECTED;
    }

    /** Whether sets of this offer are handed over now. */
    public boolean isInPickup() {
        return stage == OfferStage.PREPARING;
    }

    public boolean isBelowMinimum() {
        return setsOrdered < minimumSets;
    }

    public int setsLeft() {
        return setsTotal - setsOrdered;
    }

    /** The shops' prices per set added up. */
    public long partsTotal() {
        return parts.stream().mapToLong(JointOfferPart::getPricePerSet).sum();
    }

    /** The parts a shop puts in (one or more); refused for anyone who contributes nothing. */
    public List<JointOfferPart> partsOf(long shopUserId) {
        List<JointOfferPart> mine =
                parts.stream().filter(p -> p.getShopUserId() == shopUserId).toList();
        if (mine.isEmpty()) {
            throw new AccessDeniedException("error.sale.notYourPart");
        }
        return mine;
    }

    public JointOfferSlot slot(long slotId) {
        return slots.stream()
                .filter(s -> s.getId() == slotId)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("error.sale.slotUnknown"));
    }

    /** When the last pickup slot ends. */
    public Instant pickupEnds() {
        return slots.stream()
                .map(JointOfferSlot::getEndsAt)
                .max(Instant::compareTo)
                .orElse(orderDeadline);
    }

    /** When the first pickup slot starts: the shops' parts are due ready by then. */
    public Instant pickupStarts() {
        return slots.stream()
                .map(JointOfferSlot::getStartsAt)
                .min(Instant::compareTo)
                .orElse(orderDeadline);
    }

    private void requireStage(OfferStage expected) {
        if (stage != expected) {
            throw new BusinessException("error.sale.wrongStage", stage.name());
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

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public OfferStage getStage() {
        return stage;
    }

    public long getSalePrice() {
        return salePrice;
    }

    public Long getBelowCostConfirmedBy() {
        return belowCostConfirmedBy;
    }

    public int getSetsTotal() {
        return setsTotal;
    }

    public int getSetsOrdered() {
        return setsOrdered;
    }

    public int getMinimumSets() {
        return minimumSets;
    }

    public Instant getOrderDeadline() {
        return orderDeadline;
    }

    public int getRulesVersion() {
        return rulesVersion;
    }

    public int getRevisions() {
        return revisions;
    }

    public Long getVoteId() {
        return voteId;
    }

    public Outcome getVoteOutcome() {
        return voteOutcome;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getTransferAccount() {
        return transferAccount;
    }

    public Long getReceived() {
        return received;
    }

    public Long getSaleFee() {
        return saleFee;
    }

    public Long getCardCosts() {
        return cardCosts;
    }

    public Long getTransferCosts() {
        return transferCosts;
    }

    public List<JointOfferPart> getParts() {
        return List.copyOf(parts);
    }

    public List<JointOfferSlot> getSlots() {
        return List.copyOf(slots);
    }
}
