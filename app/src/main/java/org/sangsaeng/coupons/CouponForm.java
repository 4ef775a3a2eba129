package org.sangsaeng.coupons;

import java.time.Instant;

/**
 * A coupon draft: the discount (fixed won with a minimum purchase not below it, a percentage 1-100
 * with a cap, or a free item), the dates it is valid, how many there are and how often one customer
 * may use theirs, who gets it, and whether it is valid in every shop of the co-op.
 */
public record CouponForm(
        long coopId,
        String title,
        String description,
        DiscountType discountType,
        Long discountWon,
        Integer discountPercent,
        Long discountCapWon,
        String freeItem,
        long minimumPurchaseWon,
        Instant validFrom,
        Instant validTo,
        int totalQuantity,
        int perCustomerLimit,
        Audience audience,
        String audienceTag,
        boolean coopWide) {

    Discount discount() {
        return new Discount(
                discountType,
                discountWon,
                discountPercent,
                discountCapWon,
                freeItem,
                minimumPurchaseWon);
    }
}
