package org.sangsaeng.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sangsaeng.notifications.Outboxes.membershipApproved;
import static org.sangsaeng.notifications.Outboxes.only;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.sangsaeng.Fixtures;
import org.sangsaeng.InMemoryEngineTest;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.Role;
import org.sangsaeng.notifications.channels.ChannelAdapter;
import org.sangsaeng.notifications.domain.Notifications;
import org.sangsaeng.notifications.domain.OutboxMessage;
import org.sangsaeng.notifications.domain.OutboxMessages;
import org.sangsaeng.notifications.domain.Recipients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An outbox test on a real MariaDB: an empty outbox, and the notification service as the app has it
 * but on the test's clock, Monday 2026-11-23 14:00 in Seoul.
 */
abstract class OutboxTest extends InMemoryEngineTest {

    @Autowired NotificationService notifications;
    @Autowired NotificationInbox inbox;
    @Autowired NotificationSettings settings;
    @Autowired OutboxAdministration administration;
    @Autowired NotificationSupport support;
    @Autowired Notifications inApp;
    @Autowired OutboxMessages outbox;
    @Autowired Recipients recipients;
    @Autowired TemplateCatalog templates;
    @Autowired ApplicationEventPublisher events;
    @Autowired AccountService accounts;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired MarketingConsent consent;

    final MutableClock clock = new MutableClock(QuietHoursTests.seoul("2026-11-23T14:00"));

    /** The service as the app has it, but on the test's clock. */
    NotificationService sender;

    @BeforeEach
    void emptyOutboxAndASenderOnTheTestsClock() {
        jdbc.update("delete from outbox_message");
        sender =
                new NotificationService(
                        inApp, outbox, recipients, templates, support, events, clock);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    /**
     * A merchant with this phone and an e-mail address who chose these channels, quiet from 21:00
     * to 08:00; the user id.
     */
    long merchant(String phone, Map<NotificationKind, Set<Channel>> channels, boolean digest) {
        String username = "merchant-" + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.createAccount(username, Fixtures.PASSWORD, "김상인", Set.of());
        Fixtures.signIn(username);
        settings.updateMyPreferences(
                new Preferences(
                        username + "@example.kr",
                        phone,
                        channels,
                        LocalTime.of(21, 0),
                        LocalTime.of(8, 0),
                        digest));
        Fixtures.signOut();
        return id;
    }

    /** A merchant with this phone who wants results by this channel only. */
    long merchant(String phone, Channel channel) {
        return merchant(phone, Map.of(NotificationKind.RESULT, Set.of(channel)), false);
    }

    /** A merchant who wants results by this channel only, with a membership approval sent. */
    long merchantToldOfApproval(String phone, Channel channel, String key) {
        long user = merchant(phone, channel);
        transactions.executeWithoutResult(s -> sender.send(membershipApproved(user, key)));
        return user;
    }

    /** Signs in as a new administrator, who sees and retries the outbox. */
    void signInAsAdmin() {
        String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount(admin, Fixtures.PASSWORD, "관리자", Set.of(Role.ADMIN));
        Fixtures.signIn(admin);
    }

    /**
     * One round on a node that dies after handing the message over, before it can mark it sent: the
     * message stays pending.
     */
    void handedOverButNotMarked(ChannelAdapter channel) {
        OutboxDispatcher dying =
                new OutboxDispatcher(outbox, List.of(channel), dyingAfterSend(), consent, clock);
        assertThatThrownBy(() -> dying.dispatchBatch(10)).hasMessageContaining("died");
        assertThat(only(outbox).getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
    }

    /** The transactions of an app that dies after sending, before it marks the message sent. */
    private TransactionTemplate dyingAfterSend() {
        return new TransactionTemplate(transactions.getTransactionManager()) {
            @Override
            public void executeWithoutResult(Consumer<TransactionStatus> action) {
                throw new IllegalStateException("the app died before marking the message sent");
            }
        };
    }
}
