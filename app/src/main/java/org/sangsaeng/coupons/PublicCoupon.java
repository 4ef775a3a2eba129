package org.sangsaeng.coupons;

import java.time.Instant;

/**
 * The public coupon page (no sign-in): what the coupon is, where it is valid, and the recipient's
 * code; {@code marketId} names the market whose public page lists the shop.
 */
public record PublicCoupon(
        String title,
        String description,
        Discount discount,
        Instant validFrom,
        Instant validTo,
        String shop,
        boolean coopWide,
        String coopName,
        String code,
        int usesLeft,
        boolean expired,
        long marketId) {}
