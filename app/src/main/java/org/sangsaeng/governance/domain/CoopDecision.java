package org.sangsaeng.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sangsaeng.voting.Outcome;

/** One line of a co-op's decision log; written once. */
@Entity
@Table(name = "coop_decision")
public class CoopDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "coop_id")
    private long coopId;

    private long proposalId;
    private String title;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private int yesCount;
    private int noCount;
    private int abstainCount;
    private int electorateSize;
    private Integer adoptedRulesVersion;
    private Instant decidedAt;

    protected CoopDecision() {}

    public CoopDecision(
            long coopId,
            long proposalId,
            String title,
            Outcome outcome,
            int yes,
            int no,
            int abstain,
            int electorate,
            Integer adoptedRulesVersion,
            Instant decidedAt) {
        this.coopId = coopId;
        this.proposalId = proposalId;
        this.title = title;
        this.outcome = outcome;
        this.yesCount = yes;
        this.noCount = no;
        this.abstainCount = abstain;
        this.electorateSize = electorate;
        this.adoptedRulesVersion = adoptedRulesVersion;
        this.decidedAt = decidedAt;
    }

    public long getProposalId() {
        return proposalId;
    }

    public String getTitle() {
        return title;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public int getYesCount() {
        return yesCount;
    }

    public int getNoCount() {
        return noCount;
    }

    public int getAbstainCount() {
        return abstainCount;
    }

    public int getElectorateSize() {
        return electorateSize;
    }

    public Integer getAdoptedRulesVersion() {
        return adoptedRulesVersion;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
