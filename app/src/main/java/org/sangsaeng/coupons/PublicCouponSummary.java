package org.sangsaeng.coupons;

import java.time.Instant;

/**
 * A public coupon that anyone may take now, as the market's public page lists it: who offers it
 * (the shop, or the co-op for a co-op-wide one), what it takes off, until when, how many are left,
 * and the token of its public link ({@code /c/p/<publicToken>}).
 */
public record PublicCouponSummary(
        long id,
        long coopId,
        String title,
        String from,
        boolean coopWide,
        Discount discount,
        Instant validTo,
        int left,
        String publicToken) {}
