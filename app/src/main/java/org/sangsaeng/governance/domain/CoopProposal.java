package org.sangsaeng.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.sangsaeng.governance.ProposalState;

@Entity
@Table(name = "coop_proposal")
public class CoopProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "coop_id")
    private long coopId;

    private long authorId;
    private String title;
    private String body;

    /** JSON of the proposed rule set, or null. */
    private String proposedRules;

    private int rulesVersion;

    @Enumerated(EnumType.STRING)
    private ProposalState state;

    private String declineReason;
    private Long reviewedBy;
    private Long voteId;
    private Long processInstanceKey;
    private Instant createdAt;
    private Instant decidedAt;
    @Version private long version;

    protected CoopProposal() {}

    public CoopProposal(
            long coopId,
            long authorId,
            String title,
            String body,
            String proposedRules,
            int rulesVersion,
            Instant createdAt) {
        this.coopId = coopId;
        this.authorId = authorId;
        this.title = title;
        this.body = body;
        this.proposedRules = proposedRules;
        this.rulesVersion = rulesVersion;
        this.state = ProposalState.PROPOSED;
        this.createdAt = createdAt;
    }

    public void startedAs(long processInstanceKey) {
        this.processInstanceKey = processInstanceKey;
    }

    public void reviewed(boolean accepted, String reason, long reviewerId, Instant at) {
        this.state = accepted ? ProposalState.ACCEPTED : ProposalState.DECLINED;
        this.declineReason = accepted ? null : reason;
        this.reviewedBy = reviewerId;
        if (!accepted) {
            this.decidedAt = at;
        }
    }

    /**
     * The review by {@code reviewerId} was not taken (the engine had ended the review task): the
     * proposal is as before it, unless its process has taken it further since.
     */
    public void reviewNotTaken(long reviewerId) {
        boolean reviewedOnly = state == ProposalState.ACCEPTED || state == ProposalState.DECLINED;
        if (reviewedOnly && voteId == null && Long.valueOf(reviewerId).equals(reviewedBy)) {
            this.state = ProposalState.PROPOSED;
            this.declineReason = null;
            this.reviewedBy = null;
            this.decidedAt = null;
        }
    }

    public void withdrawn(Instant at) {
        this.state = ProposalState.WITHDRAWN;
        this.decidedAt = at;
    }

    public void voting() {
        this.state = ProposalState.VOTING;
    }

    public void decided(ProposalState outcome, long voteId, Instant at) {
        this.state = outcome;
        this.voteId = voteId;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getCoopId() {
        return coopId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getProposedRules() {
        return proposedRules;
    }

    public int getRulesVersion() {
        return rulesVersion;
    }

    public ProposalState getState() {
        return state;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Long getVoteId() {
        return voteId;
    }

    public Long getProcessInstanceKey() {
        return processInstanceKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
