package org.sangsaeng.coupons;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.sangsaeng.Fixtures;
import org.sangsaeng.tasks.MyTaskList;
import org.sangsaeng.tasks.TaskInbox;

/**
 * A public coupon of the fixtures' butcher (박씨네), approved by the leader and published: anyone with
 * its link may take one.
 */
public final class SharedCoupon {

    public static final Duration WAIT = Duration.ofSeconds(60);

    private SharedCoupon() {}

    /**
     * Drafts, approves and waits until published; returns the coupon's id. Leaves no one signed in.
     */
    public static long publish(
            CouponService coupons,
            CouponQueries queries,
            TaskInbox inbox,
            Fixtures f,
            String title) {
        long id = draft(coupons, f, title);
        MyTaskList.complete(
                inbox, f.leader(), "coupon-review", Map.of("decision", "APPROVE"), WAIT);
        Fixtures.signIn(f.member());
        await().pollInSameThread()
                .atMost(WAIT)
                .until(() -> queries.get(id).state() == CouponState.PUBLISHED);
        Fixtures.signOut();
        return id;
    }

    /**
     * The member drafts it for the co-op: 2,000 won off a purchase of 10,000 won or more, 50
     * coupons of one a customer, valid from a minute ago for a week, for everyone. Returns its id;
     * the member stays signed in.
     */
    public static long draft(CouponService coupons, Fixtures f, String title) {
        Fixtures.signIn(f.member());
        Instant now = Instant.now();
        return coupons.draft(
                        new CouponForm(
                                f.coopId(),
                                title,
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
