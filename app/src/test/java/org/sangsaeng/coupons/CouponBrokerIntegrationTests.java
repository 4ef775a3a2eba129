package org.sangsaeng.coupons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sangsaeng.BrokerIntegrationTest;
import org.sangsaeng.Fixtures;
import org.sangsaeng.ProcessInstances;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coupon on the real Zeebe broker and MariaDB: approved by the leader, sent at valid-from to the
 * opted-in regulars through the outbox, redeemed at the counter, expired at valid-to with its
 * figures, every step in the audit trail.
 */
class CouponBrokerIntegrationTests extends BrokerIntegrationTest {

    @Autowired CustomerService customers;
    @Autowired CouponService coupons;
    @Autowired CouponCounter counter;
    @Autowired CouponQueries queries;

    @Test
    void aCouponFromDraftToExpiryOnTheBroker() {
        Fixtures f = Fixtures.create(accounts, coops);
        Fixtures.signIn(f.member());
        customers.add(
                new CustomerForm(
                        "김단골", "010-2468-1357", LocalDate.now().minusDays(1), "문자 수신 동의", ""));
        customers.add(
                new CustomerForm(
                        "이단골", "010-1357-2468", LocalDate.now().minusDays(1), "문자 수신 동의", ""));
        Instant now = Instant.now();
        long id =
                coupons.draft(
                                new CouponForm(
                                        f.coopId(),
                                        "장날 10% 할인",
                                        "토요일 장날 한정",
                                        DiscountType.PERCENT,
                                        null,
                                        10,
                                        3_000L,
                                        null,
                                        0,
                                        now.plusSeconds(20),
                                        now.plusSeconds(50),
                                        10,
                                        1,
                                        Audience.REGULARS,
                                        null,
                                        false))
                        .id();

        complete(f.leader(), "coupon-review", "coupon-" + id, Map.of("decision", "APPROVE"));

        Fixtures.signIn(f.member());
        await().pollInSameThread()
                .atMost(WAIT)
                .until(
                        () ->
                                queries.get(id).state() == CouponState.PUBLISHED
                                        && count(
                                                        "SELECT COUNT(*) FROM outbox_message WHERE idempotency_key LIKE ?",
                                                        "coupon:" + id + ":%")
                                                == 2);
        String code =
                jdbc.queryForObject(
                        "SELECT code FROM coupon_issue WHERE coupon_id = ? ORDER BY id LIMIT 1",
                        String.class,
                        id);
        assertThat(counter.redeem(code, 50_000).discountWon())
                .as("10 % capped at 3,000")
                .isEqualTo(3_000);

        await().pollInSameThread()
                .atMost(WAIT)
                .until(() -> queries.get(id).state() == CouponState.EXPIRED);
        CouponStats stats = queries.stats(id);
        assertThat(stats.issued()).isEqualTo(2);
        assertThat(stats.redeemed()).isEqualTo(1);
        assertThat(stats.discountWon()).isEqualTo(3_000);
        await().atMost(WAIT)
                .until(
                        () ->
                                count(
                                                "SELECT COUNT(*) FROM notification WHERE dedup_key = ?",
                                                "coupon-expired:" + id)
                                        == 1);

        long instance = ProcessInstances.of(jdbc, "coupon", id);
        ProcessInstances.awaitCompleted(jdbc, instance, "coupon-approval", WAIT);
        assertThat(completedElements(instance))
                .contains(
                        "LeaderReviewTask",
                        "ScheduleCouponTask",
                        "ValidFromTimerEvent",
                        "PublishCouponTask",
                        "ValidToTimerEvent",
                        "ExpireCouponTask",
                        "CouponExpiredEndEvent");
        assertThat(completedBy(instance)).containsExactly(f.leader());
    }
}
