package org.sangsaeng.ui;

import java.time.Duration;
import java.time.Instant;
import org.sangsaeng.Fixtures;
import org.sangsaeng.coupons.Audience;
import org.sangsaeng.coupons.CouponForm;
import org.sangsaeng.coupons.CouponService;
import org.sangsaeng.coupons.DiscountType;

/** The public coupon the coupon tests share: the butcher's market-day discount. */
final class MarketDayCoupon {

    private MarketDayCoupon() {}

    /**
     * The member drafts it for the co-op: 2,000 won off a purchase of 10,000 won or more, 50
     * coupons of one a customer, valid from a minute ago for a week, for everyone. Returns its id.
     */
    static long draft(CouponService coupons, Fixtures f) {
        Fixtures.signIn(f.member());
        Instant now = Instant.now();
        return coupons.draft(
                        new CouponForm(
                                f.coopId(),
                                "장날 정육 할인",
                                "한우 국거리 2,000원 할인",
                                DiscountType.FIXED,
                                2_000L,
                                null,
                                null,
                                null,
                                10_000,
                                now.minusSeconds(60),
                                now.plus(Duration.ofDays(7)),
                                50,
                                1,
                                Audience.PUBLIC,
                                null,
                                false))
                .id();
    }
}
