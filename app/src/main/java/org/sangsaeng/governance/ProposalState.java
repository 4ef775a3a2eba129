package org.sangsaeng.governance;

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

    public boolean decided() {
        return this == PASSED || this == FAILED || this == NO_QUORUM;
    }
}
