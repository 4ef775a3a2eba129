package org.sangsaeng.membership;

import java.time.Instant;

/**
 * A person asked to reset a forgotten password: the code goes to their phone and e-mail at once.
 * Carries the code itself (only its hash is stored) to the listener that sends it.
 */
public record PasswordResetCodeIssued(long userId, String code, Instant expiresAt) {

    @Override
    public String toString() {
        return "PasswordResetCodeIssued[userId=" + userId + ", expiresAt=" + expiresAt + "]";
    }
}
