package org.sangsaeng.membership.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A short-lived code sent to a person's phone or e-mail; only its hash is kept. It is good until it
 * expires, is used, is replaced by a newer one, or has been guessed wrong too often.
 */
@Entity
@Table(name = "one_time_code")
public class OneTimeCode {

    /**
     * Wrong tries after which a code is dead (a six-digit code is then guessed with odds of 1 in
     * 200,000).
     */
    public static final int MAX_WRONG_ATTEMPTS = 5;

    public enum Purpose {
        PASSWORD_RESET,
        PHONE_VERIFICATION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private String subject;
    private String codeHash;
    private Instant createdAt;
    private Instant expiresAt;
    private int wrongAttempts;
    private Instant closedAt;

    protected OneTimeCode() {}

    public OneTimeCode(
            Purpose purpose,
            String subject,
            String codeHash,
            Instant createdAt,
            Instant expiresAt) {
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("A code expires after it is made");
        }
        this.purpose = Objects.requireNonNull(purpose);
        this.subject = Objects.requireNonNull(subject);
        this.codeHash = Objects.requireNonNull(codeHash);
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isOpen(Instant now) {
        return closedAt == null && now.isBefore(expiresAt) && wrongAttempts < MAX_WRONG_ATTEMPTS;
    }

    /** A wrong try; the last one allowed closes the code. */
    public void recordWrongAttempt(Instant now) {
        wrongAttempts++;
        if (wrongAttempts >= MAX_WRONG_ATTEMPTS) {
            close(now);
        }
    }

    /** Used, or replaced by a newer code: it opens nothing any more. */
    public void close(Instant now) {
        if (closedAt == null) {
            closedAt = now;
        }
    }

    public String getCodeHash() {
        return codeHash;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public boolean isWornOut() {
        return wrongAttempts >= MAX_WRONG_ATTEMPTS;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
