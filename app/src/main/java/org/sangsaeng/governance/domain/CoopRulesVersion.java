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
import org.sangsaeng.governance.JobPostReview;
import org.sangsaeng.governance.RuleSet;
import org.sangsaeng.voting.ApprovalRule;

/** One version of a co-op's rules; never changed once stored. */
@Entity
@Table(name = "coop_rules")
public class CoopRulesVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "coop_id")
    private long coopId;

    private int version;
    private int quorumPercent;

    @Enumerated(EnumType.STRING)
    private ApprovalRule approvalRule;

    private Integer requiredSharePercent;
    private boolean reasonRequiredForNo;
    private int voteHours;
    private int reminderLeadHours;
    private int supplierAnswerHours;
    private int paymentDueDays;
    private int priceRiseLimitPercent;

    @Enumerated(EnumType.STRING)
    private JobPostReview jobPostReview;

    private long couponFoundationThresholdWon;
    private int decisionHours;
    private int saleFeeBasisPoints;
    private int cardFeeBasisPoints;
    private int transferFeeWon;
    private Instant adoptedAt;
    private Long adoptedBy;
    private Long proposalId;
    private String note;

    protected CoopRulesVersion() {}

    public CoopRulesVersion(
            long coopId,
            int version,
            RuleSet rules,
            Instant adoptedAt,
            Long adoptedBy,
            Long proposalId,
            String note) {
        this.coopId = coopId;
        this.version = version;
        this.quorumPercent = rules.quorumPercent();
        this.approvalRule = rules.approvalRule();
        this.requiredSharePercent = rules.requiredSharePercent();
        this.reasonRequiredForNo = rules.reasonRequiredForNo();
        this.voteHours = rules.voteHours();
        this.reminderLeadHours = rules.reminderLeadHours();
        this.supplierAnswerHours = rules.supplierAnswerHours();
        this.paymentDueDays = rules.paymentDueDays();
        this.priceRiseLimitPercent = rules.priceRiseLimitPercent();
        this.jobPostReview = rules.jobPostReview();
        this.couponFoundationThresholdWon = rules.couponFoundationThresholdWon();
        this.decisionHours = rules.decisionHours();
        this.saleFeeBasisPoints = rules.saleFeeBasisPoints();
        this.cardFeeBasisPoints = rules.cardFeeBasisPoints();
        this.transferFeeWon = rules.transferFeeWon();
        this.adoptedAt = adoptedAt;
        this.adoptedBy = adoptedBy;
        this.proposalId = proposalId;
        this.note = note;
    }

    public RuleSet rules() {
        return new RuleSet(
                quorumPercent,
                approvalRule,
                requiredSharePercent,
                reasonRequiredForNo,
                voteHours,
                reminderLeadHours,
                supplierAnswerHours,
                paymentDueDays,
                priceRiseLimitPercent,
                jobPostReview,
                couponFoundationThresholdWon,
                decisionHours,
                saleFeeBasisPoints,
                cardFeeBasisPoints,
                transferFeeWon);
    }

    public long getCoopId() {
        return coopId;
    }

    public int getVersion() {
        return version;
    }

    public Instant getAdoptedAt() {
        return adoptedAt;
    }

    public Long getAdoptedBy() {
        return adoptedBy;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public String getNote() {
        return note;
    }
}
