package org.sangsaeng.governance;

/**
 * Where a leader election stands: members voting, the foundation choosing (tie or no quorum),
 * decided.
 */
public enum ElectionState {
    VOTING,
    APPOINTING,
    ELECTED,
    APPOINTED
}
