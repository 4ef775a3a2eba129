package org.sangsaeng.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sangsaeng.notifications.Outboxes.only;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.InMemoryEngineTest;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coupons.CustomerForm;
import org.sangsaeng.coupons.CustomerService;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.notifications.domain.OutboxMessage;
import org.sangsaeng.notifications.domain.OutboxMessages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Advertising SMS to a shop's regular customers as the law has them (정보통신망법 제50조): marked "(광고)"
 * with the sender and a free opt-out, never sent between 21:00 and 08:00, and never sent once the
 * customer opted out, even when it was already written.
 */
class AdvertisingIntegrationTests extends InMemoryEngineTest {

    @Autowired OutboxMessages outbox;
    @Autowired MarketingConsent consent;
    @Autowired CustomerService customers;
    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    Fixtures f;

    @BeforeEach
    void emptyOutbox() {
        jdbc.update("delete from outbox_message");
        f = Fixtures.create(accounts, coops);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void anAdvertisementSaysSoNamesTheShopAndTheFreeOptOutAndIsDeliveredOnce() {
        MutableClock clock = new MutableClock(QuietHoursTests.seoul("2026-11-23T14:00"));
        MarketingMessages marketing = new MarketingMessages(outbox, clock, "080-123-4567");
        long customer = customer("010-1111-2222");
        CustomerMessage message = message("shop-message:1:" + customer, customer, "010-1111-2222");

        assertThat((Boolean) transactions.execute(s -> marketing.send(message))).isTrue();
        assertThat((Boolean) transactions.execute(s -> marketing.send(message)))
                .as("the same key again")
                .isFalse();
        FakeProvider sms = new FakeProvider(Channel.SMS, 1);
        OutboxDispatcher dispatcher =
                new OutboxDispatcher(outbox, List.of(sms), transactions, consent, clock);
        dispatcher.dispatchBatch(10);
        clock.advance(Duration.ofSeconds(30));
        dispatcher.dispatchBatch(10);
        dispatcher.dispatchBatch(10);

        assertThat(sms.attempts).hasSize(2);
        assertThat(sms.delivered).hasSize(1);
        assertThat(sms.delivered.values().iterator().next().body())
                .isEqualTo(
                        "(광고)[박씨네] 한우 불고기 세트 새로 나왔어요\n무료수신거부: https://sangsaeng.example/out/tok-"
                                + customer
                                + " 또는 080-123-4567");
        OutboxMessage sent = only(outbox);
        assertThat(sent.getStatus()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(sent.getKind()).isEqualTo(NotificationKind.MARKETING);
        assertThat(sent.getRecipientId()).as("not an app user").isNull();
        assertThat(sent.getCustomerId()).isEqualTo(customer);
    }

    @Test
    void noAdvertisementGoesOutBetweenNineInTheEveningAndEightInTheMorning() {
        MutableClock clock = new MutableClock(QuietHoursTests.seoul("2026-11-23T22:00"));
        MarketingMessages marketing = new MarketingMessages(outbox, clock, "");
        long customer = customer("010-1111-3333");
        transactions.executeWithoutResult(
                s -> marketing.send(message("night", customer, "010-1111-3333")));
        assertThat(only(outbox).getNextAttemptAt())
                .as("written at 22:00")
                .isEqualTo(QuietHoursTests.seoul("2026-11-24T08:00"));

        // One written in the evening whose first try fails at 20:59:50: the retry would land at
        // 21:00:20.
        jdbc.update("delete from outbox_message");
        clock.set(QuietHoursTests.seoul("2026-11-23T20:59:50"));
        transactions.executeWithoutResult(
                s -> marketing.send(message("evening", customer, "010-1111-3333")));
        FakeProvider sms = new FakeProvider(Channel.SMS, 1);
        OutboxDispatcher dispatcher =
                new OutboxDispatcher(outbox, List.of(sms), transactions, consent, clock);
        dispatcher.dispatchBatch(10);
        clock.advance(Duration.ofSeconds(30));
        dispatcher.dispatchBatch(10);

        assertThat(sms.attempts).as("only the failed try at 20:59:50").hasSize(1);
        assertThat(only(outbox).getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(only(outbox).getNextAttemptAt())
                .isEqualTo(QuietHoursTests.seoul("2026-11-24T08:00"));
        clock.set(QuietHoursTests.seoul("2026-11-24T08:00"));
        dispatcher.dispatchBatch(10);
        assertThat(sms.delivered).hasSize(1);
    }

    @Test
    void optingOutCancelsWhatIsWaitingAndTheDispatcherAsksAgainBeforeSending() {
        MutableClock clock = new MutableClock(QuietHoursTests.seoul("2026-11-23T22:00"));
        MarketingMessages marketing = new MarketingMessages(outbox, clock, "");
        long leaving = customer("010-2222-0001");
        long staying = customer("010-2222-0002");
        long racing = customer("010-2222-0003");
        transactions.executeWithoutResult(
                s -> {
                    marketing.send(message("a1", leaving, "010-2222-0001"));
                    marketing.send(message("a2", leaving, "010-2222-0001"));
                    marketing.send(message("b1", staying, "010-2222-0002"));
                    marketing.send(message("c1", racing, "010-2222-0003"));
                });

        customers.optOut(
                jdbc.queryForObject(
                        "SELECT opt_out_token FROM regular_customer WHERE id = ?",
                        String.class,
                        leaving));
        assertThat(statusOf("a1")).isEqualTo(OutboxMessage.Status.CANCELLED);
        assertThat(statusOf("a2")).isEqualTo(OutboxMessage.Status.CANCELLED);
        assertThat(statusOf("b1")).isEqualTo(OutboxMessage.Status.PENDING);

        // An opt-out that commits after the message was claimed: the dispatcher asks again and
        // sends nothing.
        jdbc.update("UPDATE regular_customer SET opted_out_at = NOW(6) WHERE id = ?", racing);
        clock.set(QuietHoursTests.seoul("2026-11-24T08:00"));
        FakeProvider sms = new FakeProvider(Channel.SMS, 0);
        new OutboxDispatcher(outbox, List.of(sms), transactions, consent, clock).dispatchBatch(10);

        assertThat(sms.attempts).containsExactly("b1");
        assertThat(statusOf("c1")).isEqualTo(OutboxMessage.Status.CANCELLED);
        assertThat(
                        jdbc.queryForObject(
                                "SELECT last_error FROM outbox_message WHERE idempotency_key = 'c1'",
                                String.class))
                .isEqualTo(MarketingMessages.OPTED_OUT);
    }

    private long customer(String phone) {
        Fixtures.signIn(f.member());
        long id =
                customers
                        .add(
                                new CustomerForm(
                                        "김단골",
                                        phone,
                                        LocalDate.now().minusDays(3),
                                        "새 상품 문자 수신에 동의합니다",
                                        ""))
                        .id();
        jdbc.update("UPDATE regular_customer SET opt_out_token = ? WHERE id = ?", "tok-" + id, id);
        Fixtures.signOut();
        return id;
    }

    private static CustomerMessage message(String key, long customer, String phone) {
        return new CustomerMessage(
                key,
                customer,
                phone,
                null,
                "박씨네",
                "한우 불고기 세트 새로 나왔어요",
                "https://sangsaeng.example/out/tok-" + customer);
    }

    private OutboxMessage.Status statusOf(String key) {
        return OutboxMessage.Status.valueOf(
                jdbc.queryForObject(
                        "SELECT status FROM outbox_message WHERE idempotency_key = ?",
                        String.class,
                        key));
    }
}
