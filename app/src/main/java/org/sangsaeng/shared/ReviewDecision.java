package org.sangsaeng.shared;

import java.util.Locale;

/**
 * A reviewer's answer, as the BPMN's decision variables hold it: approve, ask for changes (saying
 * which), or reject (saying why). Used by every review step: a merchant's sign-up, a coupon, a job
 * post.
 */
public enum ReviewDecision {
    APPROVE,
    CHANGES,
    REJECT;

    /**
     * The decision a form or a client sent, by name in any case; anything else (none, "MAYBE") is
     * refused with {@code requiredKey}, the message that asks for a decision.
     */
    public static ReviewDecision of(Object value, String requiredKey) {
        if (value instanceof ReviewDecision decision) {
            return decision;
        }
        try {
            return valueOf(String.valueOf(value).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(requiredKey);
        }
    }

    /**
     * The text the author reads: why (REJECT, else {@code reasonKey}) or what to change (CHANGES,
     * else {@code changesKey}), at most 1,000 characters; none for APPROVE.
     */
    public String requireText(Object text, String reasonKey, String changesKey) {
        String given = text == null ? null : text.toString();
        return switch (this) {
            case APPROVE -> "";
            case REJECT -> Texts.required(given, 1000, reasonKey);
            case CHANGES -> Texts.required(given, 1000, changesKey);
        };
    }
}
