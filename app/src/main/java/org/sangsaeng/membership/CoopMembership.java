package org.sangsaeng.membership;

/** A user's place in one co-op. */
public record CoopMembership(
        long coopId, boolean leader, BusinessType businessType, String shopName) {}
