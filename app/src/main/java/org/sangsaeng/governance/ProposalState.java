package org.sangsaeng.governance;

import org.sangsaeng.voting.Outcome;

/** Where a general proposal stands. */
public enum ProposalState {
    /** Waiting for the leader; the author may still withdraw it. */
    PROPOSED,
    /** The leader put it to a vote; the vote is opening. */
    ACCEPTED,
    DECLINED,
    WITHDRAWN,
    VOTING,
    PASSED,
    FAILED,
    NO_QUORUM;

    /** The state a vote's outcome decides. */
    public static ProposalState decidedBy(Outcome outcome) {
        return switch (outcome) {
            case PASSED -> PASSED;
            case FAILED -> FAILED;
            case NO_QUORUM -> NO_QUORUM;
        };
    }

    public boolean decided() {
        return this == PASSED || this == FAILED || this == NO_QUORUM;
    }
}
