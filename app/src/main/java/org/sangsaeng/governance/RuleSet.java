package org.sangsaeng.governance;

import java.time.Duration;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.Won;
import org.sangsaeng.voting.ApprovalRule;
import org.sangsaeng.voting.VoteRules;

/**
 * The defaults a co-op's flows use: how votes are decided and how long they run, when the reminder
 * goes out, how long a supplier has to answer, when shares are due, the price rise a leader must
 * accept, who reviews job posts, from which discount a coupon needs the foundation's approval too,
 * and how long a person has for a decision or confirmation that is theirs to make (a review, a
 * leader's decision, confirming a payment, a delivery or a job done) before it is escalated, and
 * what a joint sale's takings pay before the shops' shares: the co-op's fee and the card and
 * bank-transfer costs. Money in whole won; rates in basis points (1/100 of a percent: 250 is 2.5
 * %). {@code decisionHours} and the three joint-sale fields may be left out (null): rule sets
 * written before they existed get the default (48 hours, no fee, no costs).
 */
public record RuleSet(
        int quorumPercent,
        ApprovalRule approvalRule,
        Integer requiredSharePercent,
        boolean reasonRequiredForNo,
        int voteHours,
        int reminderLeadHours,
        int supplierAnswerHours,
        int paymentDueDays,
        int priceRiseLimitPercent,
        JobPostReview jobPostReview,
        long couponFoundationThresholdWon,
        Integer decisionHours,
        Integer saleFeeBasisPoints,
        Integer cardFeeBasisPoints,
        Integer transferFeeWon) {

    /** The decision time of rule sets that do not name one. */
    public static final int DEFAULT_DECISION_HOURS = 48;

    /** What every co-op starts with (version 1). */
    public static final RuleSet DEFAULTS =
            new RuleSet(
                    50,
                    ApprovalRule.SIMPLE_MAJORITY,
                    null,
                    false,
                    72,
                    24,
                    48,
                    7,
                    5,
                    JobPostReview.LEADER,
                    10_000,
                    DEFAULT_DECISION_HOURS,
                    0,
                    0,
                    0);

    /** The most a co-op's fee on a joint sale may be: 30 %. */
    public static final int MAX_SALE_FEE_BASIS_POINTS = 3_000;

    /** The most a card's cost may be: 10 % (Korean card fees for small shops are 0.4-1.5 %). */
    public static final int MAX_CARD_FEE_BASIS_POINTS = 1_000;

    /** The most one bank transfer may cost: 5,000 won. */
    public static final int MAX_TRANSFER_FEE_WON = 5_000;

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
            throw new InvalidInputException(
                    "error.rules.range", "couponFoundationThresholdWon", 0, 10_000_000);
        }
        if (decisionHours == null) {
            decisionHours = DEFAULT_DECISION_HOURS;
        }
        between(decisionHours, 1, 336, "decisionHours");
        saleFeeBasisPoints = saleFeeBasisPoints == null ? 0 : saleFeeBasisPoints;
        cardFeeBasisPoints = cardFeeBasisPoints == null ? 0 : cardFeeBasisPoints;
        transferFeeWon = transferFeeWon == null ? 0 : transferFeeWon;
        if (saleFeeBasisPoints < 0 || saleFeeBasisPoints > MAX_SALE_FEE_BASIS_POINTS) {
            throw new InvalidInputException("error.rules.saleFee", MAX_SALE_FEE_BASIS_POINTS / 100);
        }
        if (cardFeeBasisPoints < 0 || cardFeeBasisPoints > MAX_CARD_FEE_BASIS_POINTS) {
            throw new InvalidInputException("error.rules.cardFee", MAX_CARD_FEE_BASIS_POINTS / 100);
        }
        if (transferFeeWon < 0 || transferFeeWon > MAX_TRANSFER_FEE_WON) {
            throw new InvalidInputException(
                    "error.rules.transferFee", Won.of(MAX_TRANSFER_FEE_WON));
        }
        // The reminder comes that long before a decision is due: it must come after the task
        // appears.
        if (reminderLeadHours >= decisionHours) {
            throw new InvalidInputException("error.rules.reminderAfterDecision");
        }
    }

    public VoteRules voteRules() {
        return new VoteRules(
                quorumPercent, approvalRule, requiredSharePercent, reasonRequiredForNo);
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
