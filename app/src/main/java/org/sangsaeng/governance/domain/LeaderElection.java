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
import java.util.Arrays;
import java.util.List;
import org.sangsaeng.governance.ElectionState;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;

/**
 * A leader election: members vote among the candidates; a single winner with a quorum becomes
 * leader, otherwise the foundation appoints one of the candidates with a reason.
 */
@Entity
@Table(name = "leader_election")
public class LeaderElection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "coop_id")
    private long coopId;

    private Long foundingId;
    private Long startedBy;
    private Instant deadline;

    /** The candidates' usernames, comma-separated, in the order the ballot shows them. */
    private String candidates;

    @Enumerated(EnumType.STRING)
    private ElectionState state;

    private Long leaderId;
    private Long appointedBy;
    private String reason;
    private Instant createdAt;
    private Instant decidedAt;
    @Version private long version;

    protected LeaderElection() {}

    public LeaderElection(
            long coopId,
            Long foundingId,
            Long startedBy,
            Instant deadline,
            List<String> candidates,
            Instant at) {
        this.coopId = coopId;
        this.foundingId = foundingId;
        this.startedBy = startedBy;
        this.deadline = deadline;
        this.candidates = String.join(",", candidates);
        this.state = ElectionState.VOTING;
        this.createdAt = at;
    }

    /** The vote named no single winner with a quorum: the foundation chooses. */
    public void noWinner() {
        if (state == ElectionState.VOTING) {
            state = ElectionState.APPOINTING;
        }
    }

    /** The foundation chooses one of the candidates, with a reason. */
    public void appoint(String candidate, long leaderId, long officerId, String why, Instant at) {
        if (state != ElectionState.APPOINTING) {
            throw new BusinessException("error.election.notAppointing");
        }
        requireCandidate(candidate);
        this.leaderId = leaderId;
        this.appointedBy = officerId;
        this.reason = why;
        this.state = ElectionState.APPOINTED;
        this.decidedAt = at;
    }

    /** The vote elected this candidate. */
    public void elected(String candidate, long leaderId, Instant at) {
        if (state == ElectionState.ELECTED) {
            return;
        }
        if (state != ElectionState.VOTING) {
            throw new BusinessException("error.election.closed");
        }
        requireCandidate(candidate);
        this.leaderId = leaderId;
        this.state = ElectionState.ELECTED;
        this.decidedAt = at;
    }

    private void requireCandidate(String candidate) {
        if (!candidates().contains(candidate)) {
            throw new InvalidInputException(
                    "error.election.notCandidate", String.valueOf(candidate));
        }
    }

    public List<String> candidates() {
        return Arrays.asList(candidates.split(","));
    }

    public Long getId() {
        return id;
    }

    public long getCoopId() {
        return coopId;
    }

    public Long getFoundingId() {
        return foundingId;
    }

    public Long getStartedBy() {
        return startedBy;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public ElectionState getState() {
        return state;
    }

    public Long getLeaderId() {
        return leaderId;
    }

    public Long getAppointedBy() {
        return appointedBy;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
