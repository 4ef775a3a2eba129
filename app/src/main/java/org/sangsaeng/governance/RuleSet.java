package org.sangsaeng.governance;

import java.time.Duration;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.voting.ApprovalRule;
import org.sangsaeng.voting.VoteRules;

/**
 * The defaults a co-op's flows use: how votes are decided and how long they run, when the
 * reminder goes out, how long a supplier has to answer, when shares are due, the price rise a
 * leader must accept, who reviews job posts, from which discount a coupon needs the
 * foundation's approval too, and how long a person has for a decision or confirmation that is
 * theirs to make (a review, a leader's decision, confirming a payment, a delivery or a job done)
 * before it is escalated. Money in whole won. {@code decisionHours} may be left out (null): rule
 * sets written before it existed get the default.
 */
public record RuleSet(int quorumPercent, ApprovalRule approvalRule, Integer requiredSharePercent,
                      boolean reasonRequiredForNo, int voteHours, int reminderLeadHours, int supplierAnswerHours,
                      int paymentDueDays, int priceRiseLimitPercent, JobPostReview jobPostReview,
                      long couponFoundationThresholdWon, Integer decisionHours) {

    /** The decision time of rule sets that do not name one. */
    public static final int DEFAULT_DECISION_HOURS = 48;

    /** What every co-op starts with (version 1). */
    public static final RuleSet DEFAULTS = new RuleSet(50, ApprovalRule.SIMPLE_MAJORITY, null, false, 72, 24, 48, 7, 5,
            JobPostReview.LEADER, 10_000, DEFAULT_DECISION_HOURS);

    public RuleSet {
        if (approvalRule == null) {
            throw new InvalidInputException("error.rules.approvalRule");
        }
        if (approvalRule == ApprovalRule.SIMPLE_MAJORITY) {
            requiredSharePercent = null;
        }
        // Checks the quorum and the share the same way every vote does.
        new VoteRules(quorumPercent, approvalRule, requiredSharePercent, reasonRequiredForNo);
        between(voteHours, 1, 720, "voteHours");
        between(reminderLeadHours, 1, 168, "reminderLeadHours");
        if (reminderLeadHours >= voteHours) {
            throw new InvalidInputException("error.rules.reminderAfterStart");
        }
        between(supplierAnswerHours, 1, 336, "supplierAnswerHours");
        between(paymentDueDays, 1, 60, "paymentDueDays");
        between(priceRiseLimitPercent, 0, 100, "priceRiseLimitPercent");
        if (jobPostReview == null) {
            throw new InvalidInputException("error.rules.jobPostReview");
        }
        if (couponFoundationThresholdWon < 0 || couponFoundationThresholdWon > 10_000_000) {
            throw new InvalidInputException("error.rules.range", "couponFoundationThresholdWon", 0, 10_000_000);
        }
        if (decisionHours == null) {
            decisionHours = DEFAULT_DECISION_HOURS;
        }
        between(decisionHours, 1, 336, "decisionHours");
        // The reminder comes that long before a decision is due: it must come after the task appears.
        if (reminderLeadHours >= decisionHours) {
            throw new InvalidInputException("error.rules.reminderAfterDecision");
        }
    }

    public VoteRules voteRules() {
        return new VoteRules(quorumPercent, approvalRule, requiredSharePercent, reasonRequiredForNo);
    }

    public Duration voteDuration() {
        return Duration.ofHours(voteHours);
    }

    public Duration reminderLead() {
        return Duration.ofHours(reminderLeadHours);
    }

    public Duration supplierAnswerTime() {
        return Duration.ofHours(supplierAnswerHours);
    }

    /** How long a person has for a decision or confirmation before it is escalated. */
    public Duration decisionTime() {
        return Duration.ofHours(decisionHours);
    }

    public Duration paymentTime() {
        return Duration.ofDays(paymentDueDays);
    }

    private static void between(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidInputException("error.rules.range", field, min, max);
        }
    }
}
