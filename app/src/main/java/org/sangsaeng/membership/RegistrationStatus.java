package org.sangsaeng.membership;

/**
 * Where a merchant's own sign-up stands; the first two are open (the username and phone are taken).
 */
public enum RegistrationStatus {
    PENDING_REVIEW,
    CHANGES_REQUESTED,
    APPROVED,
    REJECTED,
    EXPIRED;

    public boolean isOpen() {
        return this == PENDING_REVIEW || this == CHANGES_REQUESTED;
    }
}
