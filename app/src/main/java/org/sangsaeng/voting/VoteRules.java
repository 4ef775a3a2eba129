package org.sangsaeng.voting;

import org.sangsaeng.shared.InvalidInputException;

/**
 * How a vote is decided. Quorum: voters, abstentions included, at least ceil(quorum% x electorate).
 * Passed: quorum reached and the approval rule met.
 */
public record VoteRules(
        int quorumPercent,
        ApprovalRule rule,
        Integer requiredSharePercent,
        boolean reasonRequiredForNo) {

    public VoteRules {
        if (quorumPercent < 0 || quorumPercent > 100) {
            throw new InvalidInputException("error.vote.quorum", quorumPercent);
        }
        if (rule == null) {
            rule = ApprovalRule.SIMPLE_MAJORITY;
        }
        if (rule == ApprovalRule.SHARE
                && (requiredSharePercent == null
                        || requiredSharePercent < 1
                        || requiredSharePercent > 100)) {
            throw new InvalidInputException("error.vote.share", requiredSharePercent);
        }
    }

    /** Votes needed for a quorum, rounded up. */
    public int quorumNeeded(int electorate) {
        return (int) ((electorate * (long) quorumPercent + 99) / 100);
    }

    public Outcome decide(int electorate, int yes, int no, int abstain) {
        if (yes + no + abstain < quorumNeeded(electorate) || yes + no + abstain == 0) {
            return Outcome.NO_QUORUM;
        }
        boolean approved =
                rule == ApprovalRule.SIMPLE_MAJORITY
                        ? yes > no
                        : yes * 100L >= (long) requiredSharePercent * (yes + no) && yes > 0;
        return approved ? Outcome.PASSED : Outcome.FAILED;
    }

    /**
     * An election's outcome: no quorum as in {@link #decide}; PASSED when one candidate has the
     * most votes, FAILED on a tie (the flow then asks someone to choose among the tied).
     */
    public Outcome elect(int electorate, int candidateVotes, int abstain, boolean singleWinner) {
        int voted = candidateVotes + abstain;
        if (voted < quorumNeeded(electorate) || voted == 0) {
            return Outcome.NO_QUORUM;
        }
        return singleWinner ? Outcome.PASSED : Outcome.FAILED;
    }
}
