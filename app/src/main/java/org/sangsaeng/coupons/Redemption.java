package org.sangsaeng.coupons;

/**
 * A redemption at the counter: which coupon, what came off (in won, or the free item), and how many
 * uses are left.
 */
public record Redemption(
        long couponId,
        String couponTitle,
        long purchaseWon,
        long discountWon,
        String freeItem,
        int usesLeft) {}
