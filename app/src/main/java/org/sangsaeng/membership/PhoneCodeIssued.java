package org.sangsaeng.membership;

import java.time.Instant;

/**
 * Someone signing up asked for a code to prove the phone is theirs: it goes to that number by SMS at
 * once. Carries the code itself (only its hash is stored) to the listener that sends it.
 */
public record PhoneCodeIssued(String phone, String code, String locale, Instant expiresAt) {

    @Override
    public String toString() {
        return "PhoneCodeIssued[expiresAt=" + expiresAt + "]";
    }
}
