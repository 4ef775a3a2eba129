package org.sangsaeng.purchase;

import java.time.Instant;

/**
 * What one member receives of one line: part of their firm quantity, then possibly part of their
 * tolerance.
 *
 * @param pledge what the member asked for
 * @param firmUnits units served from the firm quantity
 * @param toleranceUnits units served from the tolerance
 */
public record MemberAllocation(Pledge pledge, long firmUnits, long toleranceUnits) {

    public MemberAllocation {
        if (firmUnits < 0
                || firmUnits > pledge.quantity()
                || toleranceUnits < 0
                || toleranceUnits > pledge.tolerance()) {
            throw new IllegalArgumentException(
                    "Allocation outside the pledge: "
                            + firmUnits
                            + " + "
                            + toleranceUnits
                            + " for "
                            + pledge);
        }
    }

    public long memberId() {
        return pledge.memberId();
    }

    public Instant pledgedAt() {
        return pledge.pledgedAt();
    }

    /** All units the member receives and pays for. */
    public long units() {
        return firmUnits + toleranceUnits;
    }

    /** Firm units the member asked for but does not receive. */
    public long unitsNotServed() {
        return pledge.quantity() - firmUnits;
    }
}
