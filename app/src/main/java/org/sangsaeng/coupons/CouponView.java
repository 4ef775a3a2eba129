package org.sangsaeng.coupons;

import java.time.Instant;

/** A coupon as its author, the co-op's leader and the foundation see it, with its figures. */
public record CouponView(
        long id,
        long coopId,
        String author,
        String authorName,
        String title,
        String description,
        Discount discount,
        Instant validFrom,
        Instant validTo,
        int totalQuantity,
        int perCustomerLimit,
        Audience audience,
        String audienceTag,
        boolean coopWide,
        boolean needsFoundation,
        CouponState state,
        String reviewComment,
        String publicToken,
        CouponStats stats,
        boolean mine) {}
