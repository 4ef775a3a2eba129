package org.sangsaeng.purchase;

import java.time.Instant;
import java.util.Objects;
import org.sangsaeng.shared.InvalidInputException;

/**
 * A member's pledge for one catalogue line: the units they will take for sure, and the extra units
 * they would also accept so that a pack can be ordered.
 *
 * @param memberId who pledged
 * @param pledgedAt when; earlier pledges are served first
 * @param quantity firm units
 * @param tolerance extra units the member would accept to fill a pack
 */
public record Pledge(long memberId, Instant pledgedAt, long quantity, long tolerance) {

    public Pledge {
        Objects.requireNonNull(pledgedAt, "pledgedAt");
        if (quantity < 0 || tolerance < 0) {
            throw new InvalidInputException("error.pledge.negative", memberId);
        }
    }
}
