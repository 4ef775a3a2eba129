package org.sangsaeng.governance;

/**
 * Where a co-op founding stands: founders confirming, the foundation reviewing, approved (the co-op
 * being created), founded; or ended by a founder's decline (or no answer in time) or the
 * foundation's rejection.
 */
public enum FoundingState {
    CONFIRMING,
    REVIEWING,
    APPROVED,
    FOUNDED,
    DECLINED,
    REJECTED;

    public boolean open() {
        return this == CONFIRMING || this == REVIEWING || this == APPROVED;
    }
}
