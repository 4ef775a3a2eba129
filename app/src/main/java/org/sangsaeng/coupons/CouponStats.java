package org.sangsaeng.coupons;

import java.util.List;

/**
 * How a coupon did: issued, opened, redeemed (codes used at least once), the rate, the discount
 * given, per shop.
 */
public record CouponStats(
        long issued,
        long opened,
        long redeemed,
        int redemptionRatePercent,
        long discountWon,
        List<ShopFigures> shops) {

    public record ShopFigures(String shopOwner, long redemptions, long discountWon) {}
}
