package org.sangsaeng.governance.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sangsaeng.governance.FounderAnswer;
import org.sangsaeng.governance.FoundingState;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;

/**
 * A merchant's proposal to found a co-op. It moves only forward: founders answer while it is
 * CONFIRMING (the proposer confirmed by proposing), the last confirmation hands it to the
 * foundation, one decline ends it; the foundation approves or rejects; the co-op is created once.
 */
@Entity
@Table(name = "coop_founding")
public class CoopFounding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long proposerId;

    @Column(name = "market_id")
    private long marketId;

    private String name;
    private String purpose;

    /** JSON of the first rule set (version 1 of the co-op's rules). */
    private String rules;

    @Enumerated(EnumType.STRING)
    private FoundingState state;

    private String reason;
    private Long reviewedBy;
    private Long coopId;
    private Long processInstanceKey;
    private Instant createdAt;
    private Instant decidedAt;
    @Version private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "coop_founder", joinColumns = @JoinColumn(name = "founding_id"))
    private List<Founder> founders = new ArrayList<>();

    protected CoopFounding() {}

    public CoopFounding(
            long proposerId,
            long marketId,
            String name,
            String purpose,
            String rules,
            List<Founder> founders,
            Instant at) {
        this.proposerId = proposerId;
        this.marketId = marketId;
        this.name = name;
        this.purpose = purpose;
        this.rules = rules;
        this.founders = new ArrayList<>(founders);
        this.state = FoundingState.CONFIRMING;
        this.createdAt = at;
        founder(proposerId).answer(FounderAnswer.CONFIRMED, null, at);
    }

    public void startedAs(long processInstanceKey) {
        this.processInstanceKey = processInstanceKey;
    }

    /**
     * The founder confirms; returns whether every founder now has, which hands it to the
     * foundation.
     */
    public boolean confirm(long userId, Instant at) {
        unanswered(userId).answer(FounderAnswer.CONFIRMED, null, at);
        if (founders.stream().allMatch(f -> f.getAnswer() == FounderAnswer.CONFIRMED)) {
            state = FoundingState.REVIEWING;
            return true;
        }
        return false;
    }

    /** The founder declines, with a reason: the founding ends here. */
    public void decline(long userId, String why, Instant at) {
        unanswered(userId).answer(FounderAnswer.DECLINED, why, at);
        state = FoundingState.DECLINED;
        reason = why;
        decidedAt = at;
    }

    /** Not every founder answered in time: it ends as declined, without a founder's reason. */
    public void expire(Instant at) {
        if (state == FoundingState.CONFIRMING) {
            state = FoundingState.DECLINED;
            decidedAt = at;
        }
    }

    public void approve(long officerId, Instant at) {
        requireState(FoundingState.REVIEWING);
        state = FoundingState.APPROVED;
        reviewedBy = officerId;
        decidedAt = at;
    }

    public void reject(long officerId, String why, Instant at) {
        requireState(FoundingState.REVIEWING);
        state = FoundingState.REJECTED;
        reviewedBy = officerId;
        reason = why;
        decidedAt = at;
    }

    /** The co-op was created from this proposal. */
    public void founded(long coopId) {
        requireState(FoundingState.APPROVED);
        this.coopId = coopId;
        this.state = FoundingState.FOUNDED;
    }

    public boolean isFounder(long userId) {
        return founders.stream().anyMatch(f -> f.getUserId() == userId);
    }

    private Founder founder(long userId) {
        return founders.stream()
                .filter(f -> f.getUserId() == userId)
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("error.founding.notFounder"));
    }

    private Founder unanswered(long userId) {
        Founder founder = founder(userId);
        requireState(FoundingState.CONFIRMING);
        if (founder.getAnswer() != null) {
            throw new BusinessException("error.founding.alreadyAnswered");
        }
        return founder;
    }

    private void requireState(FoundingState expected) {
        if (state != expected) {
            throw new BusinessException("error.founding.closed");
        }
    }

    public Long getId() {
        return id;
    }

    public long getProposerId() {
        return proposerId;
    }

    public long getMarketId() {
        return marketId;
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getRules() {
        return rules;
    }

    public FoundingState getState() {
        return state;
    }

    public String getReason() {
        return reason;
    }

    public Long getReviewedBy() {
        return reviewedBy;
    }

    public Long getCoopId() {
        return coopId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public List<Founder> getFounders() {
        return List.copyOf(founders);
    }
}
