package org.sangsaeng.membership;

import java.time.Instant;

/**
 * Someone signing up (or a customer ordering a joint sale's sets) asked for a code to prove the
 * phone is theirs: it goes to that number by SMS at once, worded for what it is for. Carries the
 * code itself (only its hash is stored) to the listener that sends it.
 */
public record PhoneCodeIssued(
        String phone, String code, String locale, Instant expiresAt, Use use) {

    /** What the code proves the phone for: the SMS says so. */
    public enum Use {
        SIGN_UP,
        ORDER
    }

    @Override
    public String toString() {
        return "PhoneCodeIssued[expiresAt=" + expiresAt + "]";
    }
}
