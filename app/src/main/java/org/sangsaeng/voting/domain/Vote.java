package org.sangsaeng.voting.domain;

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
import org.sangsaeng.voting.ApprovalRule;
import org.sangsaeng.voting.Outcome;
import org.sangsaeng.voting.VoteRules;

@Entity
@Table(name = "vote")
public class Vote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String subjectKey;

    @Column(name = "coop_id")
    private long coopId;

    private String title;
    private Instant deadline;
    private int quorumPercent;

    @Enumerated(EnumType.STRING)
    private ApprovalRule approvalRule;

    private Integer requiredSharePercent;
    private boolean reasonRequiredForNo;
    private String status;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private int electorateSize;
    private Integer yesCount;
    private Integer noCount;
    private Integer abstainCount;
    private Instant openedAt;
    private Instant closedAt;
    private Long electedId;
    @Version private long version;

    protected Vote() {}

    public Vote(
            String subjectKey,
            long coopId,
            String title,
            Instant deadline,
            VoteRules rules,
            int electorateSize,
            Instant openedAt) {
        this.subjectKey = subjectKey;
        this.coopId = coopId;
        this.title = title;
        this.deadline = deadline;
        this.quorumPercent = rules.quorumPercent();
        this.approvalRule = rules.rule();
        this.requiredSharePercent = rules.requiredSharePercent();
        this.reasonRequiredForNo = rules.reasonRequiredForNo();
        this.status = "OPEN";
        this.electorateSize = electorateSize;
        this.openedAt = openedAt;
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }

    public void close(Outcome outcome, int yes, int no, int abstain, Instant at) {
        close(outcome, yes, no, abstain, null, at);
    }

    /** Closes an election: {@code electedId} is the winner, null on a tie or without a quorum. */
    public void close(Outcome outcome, int yes, int no, int abstain, Long electedId, Instant at) {
        if (!isOpen()) {
            throw new IllegalStateException("Vote " + id + " is closed already");
        }
        this.electedId = electedId;
        this.status = "CLOSED";
        this.outcome = outcome;
        this.yesCount = yes;
        this.noCount = no;
        this.abstainCount = abstain;
        this.closedAt = at;
    }

    public VoteRules rules() {
        return new VoteRules(
                quorumPercent, approvalRule, requiredSharePercent, reasonRequiredForNo);
    }

    public Long getId() {
        return id;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public long getCoopId() {
        return coopId;
    }

    public String getTitle() {
        return title;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public int getElectorateSize() {
        return electorateSize;
    }

    public Integer getYesCount() {
        return yesCount;
    }

    public Integer getNoCount() {
        return noCount;
    }

    public Long getElectedId() {
        return electedId;
    }

    public Integer getAbstainCount() {
        return abstainCount;
    }
}
