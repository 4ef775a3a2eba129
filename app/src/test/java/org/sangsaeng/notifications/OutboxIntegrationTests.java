package org.sangsaeng.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sangsaeng.notifications.Outboxes.membershipApproved;
import static org.sangsaeng.notifications.Outboxes.only;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.notifications.domain.OutboxMessage;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.NotFoundException;

/**
 * The transactional outbox on a real MariaDB: written with the change, sent once, retried, held in
 * quiet hours.
 */
class OutboxIntegrationTests extends OutboxTest {

    @Test
    void aRolledBackChangeSendsNothing() {
        long user = merchant(Map.of(NotificationKind.RESULT, Set.of(Channel.KAKAO)), false);

        assertThatThrownBy(
                        () ->
                                transactions.executeWithoutResult(
                                        s -> {
                                            sender.send(membershipApproved(user, "rolled-back"));
                                            throw new IllegalStateException(
                                                    "the business change failed");
                                        }))
                .hasMessage("the business change failed");

        assertThat(inApp.existsByRecipientIdAndDedupKey(user, "rolled-back")).isFalse();
        assertThat(outbox.count()).isZero();
        assertThatThrownBy(() -> notifications.send(membershipApproved(user, "no-transaction")))
                .as("sending outside a business transaction is a programming error")
                .isInstanceOf(
                        org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    void aProviderFailingTwiceThenSucceedingDeliversOnceWithBackOff() {
        merchantToldOfApproval("010-1234-5678", Channel.KAKAO, "flaky");
        FakeProvider kakao = new FakeProvider(Channel.KAKAO, 2);
        OutboxDispatcher dispatcher =
                new OutboxDispatcher(outbox, List.of(kakao), transactions, consent, clock);

        dispatcher.dispatchBatch(10);
        OutboxMessage afterFirst = only(outbox);
        assertThat(afterFirst.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(afterFirst.getAttempts()).isEqualTo(1);
        assertThat(afterFirst.getNextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));

        dispatcher.dispatchBatch(10);
        assertThat(kakao.attempts).as("not due yet").hasSize(1);

        clock.advance(Duration.ofSeconds(30));
        dispatcher.dispatchBatch(10);
        assertThat(only(outbox).getNextAttemptAt())
                .as("twice as long")
                .isEqualTo(clock.instant().plusSeconds(60));

        clock.advance(Duration.ofSeconds(60));
        dispatcher.dispatchBatch(10);
        clock.advance(Duration.ofMinutes(10));
        dispatcher.dispatchBatch(10);

        assertThat(kakao.attempts).hasSize(3).containsOnly(afterFirst.getIdempotencyKey());
        assertThat(kakao.delivered).hasSize(1);
        assertThat(only(outbox).getStatus()).isEqualTo(OutboxMessage.Status.SENT);
    }

    @Test
    void aMessageThatNeverGetsThroughIsMarkedFailedAndCanBeRetriedByAnAdmin() {
        long user = merchantToldOfApproval("010-1234-5678", Channel.KAKAO, "down");
        FakeProvider kakao = new FakeProvider(Channel.KAKAO, 100);
        OutboxDispatcher dispatcher =
                new OutboxDispatcher(outbox, List.of(kakao), transactions, consent, clock);
        for (int i = 0; i < OutboxMessage.MAX_ATTEMPTS + 2; i++) {
            dispatcher.dispatchBatch(10);
            clock.advance(Duration.ofHours(1));
        }
        assertThat(kakao.attempts).hasSize(OutboxMessage.MAX_ATTEMPTS);
        OutboxMessage failed = only(outbox);
        assertThat(failed.getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(failed.getLastError()).isEqualTo("provider unavailable");

        signInAsAdmin();
        assertThat(administration.outbox("FAILED", 0, 50))
                .extracting(OutboxEntry::id)
                .contains(failed.getId());
        assertThat(administration.retry(failed.getId()).status()).isEqualTo("PENDING");
        assertThatThrownBy(() -> administration.retry(failed.getId()))
                .isInstanceOf(BusinessException.class)
                .hasMessage("error.outbox.notFailed");

        Fixtures.signIn(recipients.findById(user).orElseThrow().getUsername());
        assertThatThrownBy(() -> administration.outbox(null, 0, 50))
                .hasMessage("error.outbox.notAllowed");
    }

    @Test
    void aCrashBetweenSendingAndMarkingSendsTheSameKeyAgainAndTheProviderDeliversOnce() {
        merchantToldOfApproval("010-1234-5678", Channel.KAKAO, "crash");
        FakeProvider kakao = new FakeProvider(Channel.KAKAO, 0);

        handedOverButNotMarked(kakao);

        OutboxDispatcher otherNode =
                new OutboxDispatcher(outbox, List.of(kakao), transactions, consent, clock);
        otherNode.dispatchBatch(10);
        assertThat(kakao.attempts).as("claimed by the dead node for a while").hasSize(1);

        clock.advance(OutboxDispatcher.CLAIM.plusSeconds(1));
        otherNode.dispatchBatch(10);
        assertThat(kakao.attempts).hasSize(2).containsOnly(only(outbox).getIdempotencyKey());
        assertThat(kakao.delivered).hasSize(1);
        assertThat(only(outbox).getStatus()).isEqualTo(OutboxMessage.Status.SENT);
    }

    @Test
    void twoNodesDispatchingAtOnceSendEachMessageOnce() throws Exception {
        long user = merchant(Map.of(NotificationKind.RESULT, Set.of(Channel.KAKAO)), false);
        for (int i = 0; i < 40; i++) {
            int n = i;
            transactions.executeWithoutResult(
                    s -> sender.send(membershipApproved(user, "burst-" + n)));
        }
        FakeProvider kakao = new FakeProvider(Channel.KAKAO, 0);
        OutboxDispatcher a =
                new OutboxDispatcher(outbox, List.of(kakao), transactions, consent, clock);
        OutboxDispatcher b =
                new OutboxDispatcher(outbox, List.of(kakao), transactions, consent, clock);

        CompletableFuture.allOf(
                        CompletableFuture.runAsync(() -> drain(a)),
                        CompletableFuture.runAsync(() -> drain(b)))
                .get();

        assertThat(kakao.attempts).hasSize(40).doesNotHaveDuplicates();
        assertThat(outbox.findAll()).allMatch(m -> m.getStatus() == OutboxMessage.Status.SENT);
    }

    @Test
    void quietHoursHoldANonUrgentMessageUntilMorningButNotAnUrgentOne() {
        long user =
                merchant(
                        Map.of(
                                NotificationKind.RESULT,
                                Set.of(Channel.KAKAO),
                                NotificationKind.REMINDER,
                                Set.of(Channel.KAKAO)),
                        false);
        MutableClock tenPm = new MutableClock(QuietHoursTests.seoul("2026-11-23T22:00"));
        NotificationService atNight =
                new NotificationService(
                        inApp, outbox, recipients, templates, support, events, tenPm);
        transactions.executeWithoutResult(
                s -> {
                    atNight.send(membershipApproved(user, "night-result"));
                    atNight.send(
                            new Notice(
                                    user,
                                    Template.TASK_ESCALATED,
                                    Map.of("task", "심사", "due", "오늘"),
                                    null,
                                    null,
                                    true,
                                    "night-urgent"));
                });
        FakeProvider kakao = new FakeProvider(Channel.KAKAO, 0);
        OutboxDispatcher dispatcher =
                new OutboxDispatcher(outbox, List.of(kakao), transactions, consent, tenPm);

        dispatcher.dispatchBatch(10);
        assertThat(kakao.delivered.values())
                .extracting(m -> m.subject())
                .containsExactly("기한 지남: 심사");

        tenPm.advance(Duration.ofHours(10));
        dispatcher.dispatchBatch(10);
        assertThat(kakao.delivered).hasSize(2);
        OutboxMessage held =
                outbox.findAll().stream().filter(m -> !m.isUrgent()).findFirst().orElseThrow();
        assertThat(held.getNextAttemptAt()).isEqualTo(QuietHoursTests.seoul("2026-11-24T08:00"));
    }

    @Test
    void aDailyDigestGathersHeldMessagesIntoOne() {
        long user = merchant(Map.of(NotificationKind.RESULT, Set.of(Channel.KAKAO)), true);
        transactions.executeWithoutResult(
                s -> {
                    sender.send(
                            new Notice(
                                    user,
                                    Template.MEMBERSHIP_APPROVED,
                                    Map.of("coop", "태평3동 상인협동조합"),
                                    null,
                                    null,
                                    false,
                                    "digest-1"));
                    sender.send(
                            new Notice(
                                    user,
                                    Template.MEMBERSHIP_REJECTED,
                                    Map.of("coop", "먹자골목 협동조합", "reason", "정원 초과"),
                                    null,
                                    null,
                                    false,
                                    "digest-2"));
                });
        assertThat(outbox.findAll())
                .extracting(OutboxMessage::getStatus)
                .containsOnly(OutboxMessage.Status.DIGEST);

        DailyDigest digests = new DailyDigest(outbox, recipients, templates, clock);
        int sent = transactions.execute(s -> digests.send());
        int again = transactions.execute(s -> digests.send());

        assertThat(sent).isEqualTo(1);
        assertThat(again).isZero();
        OutboxMessage digest =
                outbox.findAll().stream()
                        .filter(m -> m.getStatus() == OutboxMessage.Status.PENDING)
                        .findFirst()
                        .orElseThrow();
        assertThat(digest.getSubject()).isEqualTo("오늘의 상생 소식 2건");
        assertThat(digest.getBody()).contains("태평3동 상인협동조합 가입이 승인되었습니다", "먹자골목 협동조합 가입 신청 결과");
        assertThat(outbox.findAll())
                .filteredOn(m -> m.getStatus() == OutboxMessage.Status.DIGESTED)
                .hasSize(2);
    }

    @Test
    void preferencesDecideTheChannelsAndEveryMessageReachesTheInAppCentre() {
        long user =
                merchant(
                        Map.of(NotificationKind.RESULT, Set.of(Channel.EMAIL, Channel.SMS)), false);
        transactions.executeWithoutResult(
                s -> {
                    sender.send(membershipApproved(user, "pref-result"));
                    sender.send(
                            new Notice(
                                    user,
                                    Template.DAILY_DIGEST,
                                    Map.of("count", 1, "items", "-"),
                                    null,
                                    null,
                                    false,
                                    "pref-news"));
                });
        assertThat(outbox.findAll())
                .extracting(OutboxMessage::getChannel)
                .containsExactlyInAnyOrder(Channel.EMAIL, Channel.SMS);
        assertThat(inApp.existsByRecipientIdAndDedupKey(user, "pref-news")).isTrue();

        transactions.executeWithoutResult(
                s -> sender.send(membershipApproved(user, "pref-result")));
        assertThat(outbox.count()).as("the same dedup key sends nothing twice").isEqualTo(2);
    }

    @Test
    void badPreferencesAreRefusedAndChangeNothing() {
        long user = merchant(Map.of(NotificationKind.RESULT, Set.of(Channel.KAKAO)), false);
        Fixtures.signIn(recipients.findById(user).orElseThrow().getUsername());
        Preferences before = settings.myPreferences();

        assertThatThrownBy(
                        () ->
                                settings.updateMyPreferences(
                                        new Preferences(
                                                "not-an-email",
                                                null,
                                                Map.of(),
                                                LocalTime.of(21, 0),
                                                LocalTime.of(8, 0),
                                                false)))
                .hasMessage("error.preferences.email");
        assertThatThrownBy(
                        () ->
                                settings.updateMyPreferences(
                                        new Preferences(
                                                null,
                                                "12345",
                                                Map.of(),
                                                LocalTime.of(21, 0),
                                                LocalTime.of(8, 0),
                                                false)))
                .hasMessage("error.preferences.phone");

        assertThat(settings.myPreferences()).isEqualTo(before);
    }

    @Test
    void nobodyReadsOrMarksAnotherPersonsNotifications() {
        long owner = merchant(Map.of(), false);
        long other = merchant(Map.of(), false);
        transactions.executeWithoutResult(s -> sender.send(membershipApproved(owner, "private")));

        Fixtures.signIn(recipients.findById(other).orElseThrow().getUsername());
        assertThat(inbox.mine(0, 50)).isEmpty();
        long id =
                jdbc.queryForObject(
                        "select id from notification where recipient_id = ? and dedup_key = 'private'",
                        Long.class,
                        owner);
        assertThatThrownBy(() -> inbox.markRead(id)).isInstanceOf(NotFoundException.class);

        Fixtures.signIn(recipients.findById(owner).orElseThrow().getUsername());
        assertThat(inbox.myUnreadCount()).isEqualTo(1);
        assertThat(inbox.markRead(id).unread()).isFalse();
        assertThat(inbox.myUnreadCount()).isZero();
    }

    /** Dispatches until nothing is pending, as the scheduled rounds of one node would. */
    private void drain(OutboxDispatcher dispatcher) {
        for (int round = 0;
                round < 200
                        && outbox.findAll().stream()
                                .anyMatch(m -> m.getStatus() == OutboxMessage.Status.PENDING);
                round++) {
            dispatcher.dispatchBatch(5);
        }
    }

    /** A merchant with a phone and an e-mail address who chose these channels. */
    private long merchant(Map<NotificationKind, Set<Channel>> channels, boolean digest) {
        return merchant("010-1234-5678", channels, digest);
    }
}
