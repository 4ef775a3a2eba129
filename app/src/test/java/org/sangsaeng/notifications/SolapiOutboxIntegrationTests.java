package org.sangsaeng.notifications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.InMemoryEngineTest;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.Role;
import org.sangsaeng.notifications.channels.ChannelAdapter;
import org.sangsaeng.notifications.channels.Handover;
import org.sangsaeng.notifications.channels.OutboundMessage;
import org.sangsaeng.notifications.channels.solapi.SolapiStubs;
import org.sangsaeng.notifications.channels.solapi.SolapiTestKit;
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
 * The outbox on a real MariaDB sending through SOLAPI's API on a real HTTP server (WireMock): a
 * crash between sending and marking sends once, delivery reports settle messages, a 알림톡 that is not
 * delivered goes once more by SMS, a refusal is not retried and is shown with its reason.
 */
class SolapiOutboxIntegrationTests extends InMemoryEngineTest {

    static final String SEND = "/messages/v4/send-many/detail";
    static final String LIST = "/messages/v4/list";

    @Autowired Notifications inApp;
    @Autowired OutboxMessages outbox;
    @Autowired Recipients recipients;
    @Autowired TemplateCatalog templates;
    @Autowired ApplicationEventPublisher events;
    @Autowired AccountService accounts;
    @Autowired NotificationService notifications;
    @Autowired NotificationInbox inbox;
    @Autowired NotificationSettings settings;
    @Autowired OutboxAdministration administration;
    @Autowired NotificationSupport support;
    @Autowired MarketingConsent consent;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    final MutableClock clock = new MutableClock(QuietHoursTests.seoul("2026-11-23T14:00"));
    final WireMockServer solapi = new WireMockServer(options().dynamicPort());
    NotificationService sender;
    SolapiTestKit kit;
    OutboxDispatcher dispatcher;
    IntSupplier receipts;

    @BeforeEach
    void start() {
        jdbc.update("delete from outbox_message");
        solapi.start();
        sender =
                new NotificationService(
                        inApp, outbox, recipients, templates, support, events, clock);
        kit =
                new SolapiTestKit(
                        solapi.baseUrl(),
                        "MEMBERSHIP_APPROVED=KA01TP261123MEMBERAPPROVED(coop)",
                        clock);
        dispatcher =
                new OutboxDispatcher(
                        outbox, List.of(kit.sms(), kit.kakao()), transactions, consent, clock);
        receipts = kit.receipts(outbox, transactions);
    }

    @AfterEach
    void stop() {
        solapi.stop();
        Fixtures.signOut();
    }

    @Test
    void aCrashBetweenSendingAndMarkingSendsOnceAndTheNextNodeFindsTheMessageAtSolapi() {
        long user = merchant("010-2222-3333", Channel.SMS);
        transactions.executeWithoutResult(s -> sender.send(approved(user, "crash")));
        String key = only().getIdempotencyKey();
        solapi.stubFor(
                post(SEND)
                        .inScenario("crash")
                        .willSetStateTo("taken")
                        .willReturn(
                                okJson(
                                        SolapiStubs.accepted(
                                                "M4V20261123SMS00000000000CRASH", key))));
        solapi.stubFor(
                get(urlPathEqualTo(LIST))
                        .inScenario("crash")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willReturn(okJson(SolapiStubs.list())));
        solapi.stubFor(
                get(urlPathEqualTo(LIST))
                        .inScenario("crash")
                        .whenScenarioStateIs("taken")
                        .willReturn(
                                okJson(
                                        SolapiStubs.list(
                                                SolapiStubs.stored(
                                                        "M4V20261123SMS00000000000CRASH",
                                                        "SMS",
                                                        "3000",
                                                        key)))));

        TransactionTemplate dyingAfterSend =
                new TransactionTemplate(transactions.getTransactionManager()) {
                    @Override
                    public void executeWithoutResult(Consumer<TransactionStatus> action) {
                        throw new IllegalStateException(
                                "the app died before marking the message sent");
                    }
                };
        assertThatThrownBy(
                        () ->
                                new OutboxDispatcher(
                                                outbox,
                                                List.of(kit.sms()),
                                                dyingAfterSend,
                                                consent,
                                                clock)
                                        .dispatchBatch(10))
                .hasMessageContaining("died");
        assertThat(only().getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(only().getHandedOverAt()).as("marked before the call, committed").isNotNull();

        clock.advance(OutboxDispatcher.CLAIM.plusSeconds(1));
        dispatcher.dispatchBatch(10);

        solapi.verify(1, postRequestedFor(urlPathEqualTo(SEND)));
        solapi.verify(
                getRequestedFor(urlPathEqualTo(LIST))
                        .withQueryParam("to", equalTo("01022223333"))
                        .withQueryParam("dateType", equalTo("CREATED"))
                        .withQueryParam("startDate", equalTo("2026-11-23T04:59:00Z")));
        assertThat(only().getStatus()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(only().getProviderMessageId()).isEqualTo("M4V20261123SMS00000000000CRASH");
    }

    @Test
    void aDispatcherWhoseClaimRanOutWhileTheProviderWasSlowSendsNothingMore() {
        long first = merchant("010-1111-0001", Channel.SMS);
        long second = merchant("010-1111-0002", Channel.SMS);
        transactions.executeWithoutResult(s -> sender.send(approved(first, "slow")));
        transactions.executeWithoutResult(s -> sender.send(approved(second, "slow")));
        String firstKey =
                outbox.findAll().stream()
                        .filter(m -> m.getAddress().endsWith("0001"))
                        .findFirst()
                        .orElseThrow()
                        .getIdempotencyKey();
        acceptFor("01011110001", "M4V20261123SMS0000000000000SLOW");
        acceptFor("01011110002", "M4V20261123SMS0000000000000NEXT");
        solapi.stubFor(
                get(urlPathEqualTo(LIST))
                        .willReturn(
                                okJson(
                                        SolapiStubs.list(
                                                SolapiStubs.stored(
                                                        "M4V20261123SMS0000000000000SLOW",
                                                        "SMS",
                                                        "3000",
                                                        firstKey)))));
        OutboxDispatcher otherNode =
                new OutboxDispatcher(outbox, List.of(kit.sms()), transactions, consent, clock);
        ChannelAdapter slowOnce =
                new ChannelAdapter() {
                    boolean slow = true;

                    @Override
                    public Channel channel() {
                        return Channel.SMS;
                    }

                    @Override
                    public Handover send(OutboundMessage message) {
                        Handover handover = kit.sms().send(message);
                        if (slow) {
                            slow = false;
                            clock.advance(OutboxDispatcher.CLAIM.plusSeconds(1));
                            otherNode.dispatchBatch(10);
                        }
                        return handover;
                    }
                };

        new OutboxDispatcher(outbox, List.of(slowOnce), transactions, consent, clock)
                .dispatchBatch(10);

        solapi.verify(
                1,
                postRequestedFor(urlPathEqualTo(SEND))
                        .withRequestBody(
                                matchingJsonPath("$.messages[0].to", equalTo("01011110001"))));
        solapi.verify(
                1,
                postRequestedFor(urlPathEqualTo(SEND))
                        .withRequestBody(
                                matchingJsonPath("$.messages[0].to", equalTo("01011110002"))));
        assertThat(outbox.findAll())
                .extracting(OutboxMessage::getStatus)
                .containsOnly(OutboxMessage.Status.SENT);
    }

    @Test
    void deliveryReportsMoveSentMessagesToDeliveredOrFailedWithSolapisReasonShownToTheAdmin() {
        long reached = merchant("010-3333-4444", Channel.SMS);
        long off = merchant("010-5555-6666", Channel.SMS);
        transactions.executeWithoutResult(
                s -> {
                    sender.send(approved(reached, "reports"));
                    sender.send(approved(off, "reports"));
                });
        acceptFor("01033334444", "M4V20261123SMS000000000000REACH");
        acceptFor("01055556666", "M4V20261123SMS00000000000PWROFF");
        dispatcher.dispatchBatch(10);
        assertThat(outbox.findAll())
                .extracting(OutboxMessage::getStatus)
                .containsOnly(OutboxMessage.Status.SENT);

        solapi.stubFor(
                get(urlPathEqualTo(LIST))
                        .willReturn(
                                okJson(
                                        SolapiStubs.list(
                                                SolapiStubs.stored(
                                                        "M4V20261123SMS000000000000REACH",
                                                        "SMS",
                                                        "4000",
                                                        "k1"),
                                                SolapiStubs.stored(
                                                        "M4V20261123SMS00000000000PWROFF",
                                                        "SMS",
                                                        "3043",
                                                        "k2")))));
        clock.advance(Duration.ofSeconds(30));
        assertThat(receipts.getAsInt()).isEqualTo(2);

        OutboxMessage delivered =
                outbox.findByProviderMessageId("M4V20261123SMS000000000000REACH").orElseThrow();
        OutboxMessage failed =
                outbox.findByProviderMessageId("M4V20261123SMS00000000000PWROFF").orElseThrow();
        assertThat(delivered.getStatus()).isEqualTo(OutboxMessage.Status.DELIVERED);
        assertThat(delivered.getDeliveredAt()).isEqualTo(clock.instant());
        assertThat(failed.getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(failed.getLastError()).isEqualTo("SOLAPI 3043: 단말기 Power off");
        solapi.verify(
                getRequestedFor(urlPathEqualTo(LIST))
                        .withQueryParam("messageIds", equalTo("M4V20261123SMS000000000000REACH"))
                        .withQueryParam("messageIds", equalTo("M4V20261123SMS00000000000PWROFF")));
        assertThat(receipts.getAsInt()).as("nothing left to settle").isZero();

        signInAsAdmin();
        assertThat(administration.outbox("FAILED", 0, 50))
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.id()).isEqualTo(failed.getId());
                            assertThat(e.lastError()).isEqualTo("SOLAPI 3043: 단말기 Power off");
                        });
        assertThat(administration.outbox("DELIVERED", 0, 50))
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.id()).isEqualTo(delivered.getId());
                            assertThat(e.deliveredAt()).isEqualTo(delivered.getDeliveredAt());
                        });
    }

    @Test
    void anAlimtalkThatIsNotDeliveredGoesOnceMoreBySms() {
        long user = merchant("010-7777-8888", Channel.KAKAO);
        transactions.executeWithoutResult(s -> sender.send(approved(user, "kakao")));
        solapi.stubFor(
                post(SEND)
                        .withRequestBody(matchingJsonPath("$.messages[0].type", equalTo("ATA")))
                        .willReturn(
                                okJson(
                                        SolapiStubs.accepted(
                                                "M4V20261123ATA0000000000NOKAKAO", "k"))));
        solapi.stubFor(
                post(SEND)
                        .withRequestBody(
                                matchingJsonPath("$.messages[0].type", matching("SMS|LMS")))
                        .willReturn(
                                okJson(
                                        SolapiStubs.accepted(
                                                "M4V20261123SMS0000000000FALLBCK", "k"))));
        dispatcher.dispatchBatch(10);
        OutboxMessage kakao = only();
        assertThat(kakao.getStatus()).isEqualTo(OutboxMessage.Status.SENT);

        solapi.stubFor(
                get(urlPathEqualTo(LIST))
                        .willReturn(
                                okJson(
                                        SolapiStubs.list(
                                                SolapiStubs.stored(
                                                        "M4V20261123ATA0000000000NOKAKAO",
                                                        "ATA",
                                                        "3104",
                                                        "k")))));
        receipts.getAsInt();
        receipts.getAsInt();

        List<OutboxMessage> all = outbox.findAll();
        assertThat(all).hasSize(2);
        OutboxMessage failedKakao = outbox.findById(kakao.getId()).orElseThrow();
        assertThat(failedKakao.getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(failedKakao.getLastError()).startsWith("SOLAPI 3104: 카카오톡 미사용자");
        OutboxMessage fallback =
                all.stream().filter(m -> m.getChannel() == Channel.SMS).findFirst().orElseThrow();
        assertThat(fallback.getIdempotencyKey())
                .isEqualTo(kakao.getIdempotencyKey() + OutboxMessage.SMS_FALLBACK);
        assertThat(fallback.getBody()).isEqualTo(kakao.getBody());
        assertThat(kakao.getBody())
                .as("the page's absolute address for a phone")
                .matches("(?s).+\\nhttps?://[^\\s]+/coops");

        dispatcher.dispatchBatch(10);
        dispatcher.dispatchBatch(10);

        assertThat(outbox.findById(fallback.getId()).orElseThrow().getStatus())
                .isEqualTo(OutboxMessage.Status.SENT);
        solapi.verify(
                1,
                postRequestedFor(urlPathEqualTo(SEND))
                        .withRequestBody(matchingJsonPath("$.messages[0].type", equalTo("ATA"))));
        solapi.verify(
                1,
                postRequestedFor(urlPathEqualTo(SEND))
                        .withRequestBody(
                                matchingJsonPath("$.messages[0].type", matching("SMS|LMS")))
                        .withRequestBody(
                                matchingJsonPath(
                                        "$.messages[0].customFields.sangsaengKey",
                                        equalTo(fallback.getIdempotencyKey()))));
    }

    @Test
    void anAlimtalkSolapiRefusesAtOnceIsNotRetriedAndGoesBySmsInstead() {
        long user = merchant("010-7777-9999", Channel.KAKAO);
        transactions.executeWithoutResult(s -> sender.send(approved(user, "kakao-refused")));
        solapi.stubFor(
                post(SEND)
                        .withRequestBody(matchingJsonPath("$.messages[0].type", equalTo("ATA")))
                        .willReturn(okJson(SolapiStubs.notRegistered("k", "3105", "미등록 템플릿"))));
        solapi.stubFor(
                post(SEND)
                        .withRequestBody(
                                matchingJsonPath("$.messages[0].type", matching("SMS|LMS")))
                        .willReturn(
                                okJson(
                                        SolapiStubs.accepted(
                                                "M4V20261123SMS000000000INSTEAD", "k"))));

        dispatcher.dispatchBatch(10);
        clock.advance(Duration.ofHours(1));
        dispatcher.dispatchBatch(10);
        dispatcher.dispatchBatch(10);

        assertThat(outbox.findAll())
                .extracting(
                        OutboxMessage::getChannel,
                        OutboxMessage::getStatus,
                        OutboxMessage::getAttempts)
                .containsExactlyInAnyOrder(
                        tuple(Channel.KAKAO, OutboxMessage.Status.FAILED, 1),
                        tuple(Channel.SMS, OutboxMessage.Status.SENT, 0));
        solapi.verify(2, postRequestedFor(urlPathEqualTo(SEND)));
    }

    @Test
    void aMessageSolapiRefusesIsNotTriedAgainAndTheAdminSeesWhy() {
        long user = merchant("010-4444-5555", Channel.SMS);
        transactions.executeWithoutResult(s -> sender.send(approved(user, "refused")));
        solapi.stubFor(
                post(SEND)
                        .willReturn(
                                aResponse()
                                        .withStatus(400)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"errorCode\":\"ValidationError\",\"errorMessage\":\"발신번호가 등록되지 않았습니다.\"}")));

        dispatcher.dispatchBatch(10);
        clock.advance(Duration.ofHours(1));
        dispatcher.dispatchBatch(10);

        solapi.verify(1, postRequestedFor(urlPathEqualTo(SEND)));
        assertThat(only().getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
        signInAsAdmin();
        assertThat(administration.outbox("FAILED", 0, 50))
                .singleElement()
                .extracting(OutboxEntry::lastError)
                .isEqualTo(
                        "SOLAPI refused the message: HTTP 400 ValidationError: 발신번호가 등록되지 않았습니다.");
    }

    private void acceptFor(String to, String messageId) {
        solapi.stubFor(
                post(SEND)
                        .withRequestBody(matchingJsonPath("$.messages[0].to", equalTo(to)))
                        .willReturn(okJson(SolapiStubs.accepted(messageId, "k"))));
    }

    private OutboxMessage only() {
        List<OutboxMessage> all = outbox.findAll();
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    private static Notice approved(long user, String key) {
        return new Notice(
                user,
                Template.MEMBERSHIP_APPROVED,
                Map.of("coop", "태평3동 상인협동조합"),
                "coops",
                null,
                false,
                key);
    }

    private void signInAsAdmin() {
        String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount(admin, Fixtures.PASSWORD, "관리자", Set.of(Role.ADMIN));
        Fixtures.signIn(admin);
    }

    /** A merchant with this phone who wants results by this channel only. */
    private long merchant(String phone, Channel channel) {
        String username = "merchant-" + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.createAccount(username, Fixtures.PASSWORD, "김상인", Set.of());
        Fixtures.signIn(username);
        settings.updateMyPreferences(
                new Preferences(
                        username + "@example.kr",
                        phone,
                        Map.of(NotificationKind.RESULT, Set.of(channel)),
                        LocalTime.of(21, 0),
                        LocalTime.of(8, 0),
                        false));
        Fixtures.signOut();
        return id;
    }
}
