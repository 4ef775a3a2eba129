package org.sangsaeng.governance;

import java.util.function.Consumer;
import org.sangsaeng.voting.ApprovalRule;

/**
 * A co-op's rules for a test: {@link RuleSet#DEFAULTS} except where the test says otherwise, so
 * that a test names only the rules it is about: {@code RuleSetDraft.defaultsWith(r ->
 * r.quorumPercent = 60)}.
 */
public final class RuleSetDraft {

    private static final RuleSet D = RuleSet.DEFAULTS;

    public int quorumPercent = D.quorumPercent();
    public ApprovalRule approvalRule = D.approvalRule();
    public Integer requiredSharePercent = D.requiredSharePercent();
    public boolean reasonRequiredForNo = D.reasonRequiredForNo();
    public int voteHours = D.voteHours();
    public int reminderLeadHours = D.reminderLeadHours();
    public int supplierAnswerHours = D.supplierAnswerHours();
    public int paymentDueDays = D.paymentDueDays();
    public int priceRiseLimitPercent = D.priceRiseLimitPercent();
    public JobPostReview jobPostReview = D.jobPostReview();
    public long couponFoundationThresholdWon = D.couponFoundationThresholdWon();
    public Integer decisionHours = D.decisionHours();
    public Integer saleFeeBasisPoints = D.saleFeeBasisPoints();
    public Integer cardFeeBasisPoints = D.cardFeeBasisPoints();
    public Integer transferFeeWon = D.transferFeeWon();

    private RuleSetDraft() {}

    /** The default rules with the test's changes; the constructor checks them as the app does. */
    public static RuleSet defaultsWith(Consumer<RuleSetDraft> changes) {
        RuleSetDraft r = new RuleSetDraft();
        changes.accept(r);
        return new RuleSet(
                r.quorumPercent,
                r.approvalRule,
                r.requiredSharePercent,
                r.reasonRequiredForNo,
                r.voteHours,
                r.reminderLeadHours,
                r.supplierAnswerHours,
                r.paymentDueDays,
                r.priceRiseLimitPercent,
                r.jobPostReview,
                r.couponFoundationThresholdWon,
                r.decisionHours,
                r.saleFeeBasisPoints,
                r.cardFeeBasisPoints,
                r.transferFeeWon);
    }

    /** The default rules with these fees and payment costs on a joint sale. */
    public static RuleSet defaultsWithFees(
            Integer saleBasisPoints, Integer cardBasisPoints, Integer won) {
        return defaultsWith(
                r -> {
                    r.saleFeeBasisPoints = saleBasisPoints;
                    r.cardFeeBasisPoints = cardBasisPoints;
                    r.transferFeeWon = won;
                });
    }
}
