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
import static org.assertj.core.api.Assertions.tuple;
import static org.sangsaeng.notifications.Outboxes.membershipApproved;
import static org.sangsaeng.notifications.Outboxes.only;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.notifications.channels.ChannelAdapter;
import org.sangsaeng.notifications.channels.Handover;
import org.sangsaeng.notifications.channels.OutboundMessage;
import org.sangsaeng.notifications.channels.solapi.SolapiStubs;
import org.sangsaeng.notifications.channels.solapi.SolapiTestKit;
import org.sangsaeng.notifications.domain.OutboxMessage;

/**
 * The outbox on a real MariaDB sending through SOLAPI's API on a real HTTP server (WireMock): a
 * crash between sending and marking sends once, delivery reports settle messages, a 알림톡 that is not
 * delivered goes once more by SMS, a refusal is not retried and is shown with its reason.
 */
class SolapiOutboxIntegrationTests extends OutboxTest {

    static final String SEND = "/messages/v4/send-many/detail";
    static final String LIST = "/messages/v4/list";

    final WireMockServer solapi = new WireMockServer(options().dynamicPort());
    SolapiTestKit kit;
    OutboxDispatcher dispatcher;
    IntSupplier receipts;

    @BeforeEach
    void start() {
        solapi.start();
        kit = new SolapiTestKit(solapi.baseUrl(), SolapiTestKit.APPROVAL_TEMPLATE, clock);
        dispatcher =
                new OutboxDispatcher(
                        outbox, List.of(kit.sms(), kit.kakao()), transactions, consent, clock);
        receipts = kit.receipts(outbox, transactions);
    }

    @AfterEach
    void stop() {
        solapi.stop();
    }

    @Test
    void aCrashBetweenSendingAndMarkingSendsOnceAndTheNextNodeFindsTheMessageAtSolapi() {
        merchantToldOfApproval("010-2222-3333", Channel.SMS, "crash");
        String key = only(outbox).getIdempotencyKey();
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

        handedOverButNotMarked(kit.sms());
        assertThat(only(outbox).getHandedOverAt())
                .as("marked before the call, committed")
                .isNotNull();

        clock.advance(OutboxDispatcher.CLAIM.plusSeconds(1));
        dispatcher.dispatchBatch(10);

        solapi.verify(1, postRequestedFor(urlPathEqualTo(SEND)));
        solapi.verify(
                getRequestedFor(urlPathEqualTo(LIST))
                        .withQueryParam("to", equalTo("01022223333"))
                        .withQueryParam("dateType", equalTo("CREATED"))
                        .withQueryParam("startDate", equalTo("2026-11-23T04:59:00Z")));
        assertThat(only(outbox).getStatus()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(only(outbox).getProviderMessageId()).isEqualTo("M4V20261123SMS00000000000CRASH");
    }

    @Test
    void aDispatcherWhoseClaimRanOutWhileTheProviderWasSlowSendsNothingMore() {
        long first = merchant("010-1111-0001", Channel.SMS);
        long second = merchant("010-1111-0002", Channel.SMS);
        transactions.executeWithoutResult(s -> sender.send(membershipApproved(first, "slow")));
        transactions.executeWithoutResult(s -> sender.send(membershipApproved(second, "slow")));
        String firstKey =
                outbox.findAll().stream()
                        .filter(m -> m.getAddress().endsWith("0001"))
                        .findFirst()
                        .orElseThrow()
                        .getIdempotencyKey();
        acceptFor("01011110001", "M4V20261123SMS0000000000000SLOW");
        acceptFor("01011110002", "M4V20261123SMS0000000000000NEXT");
        solapiLists(SolapiStubs.stored("M4V20261123SMS0000000000000SLOW", "SMS", "3000", firstKey));
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
                    sender.send(membershipApproved(reached, "reports"));
                    sender.send(membershipApproved(off, "reports"));
                });
        acceptFor("01033334444", "M4V20261123SMS000000000000REACH");
        acceptFor("01055556666", "M4V20261123SMS00000000000PWROFF");
        dispatcher.dispatchBatch(10);
        assertThat(outbox.findAll())
                .extracting(OutboxMessage::getStatus)
                .containsOnly(OutboxMessage.Status.SENT);

        solapiLists(
                SolapiStubs.stored("M4V20261123SMS000000000000REACH", "SMS", "4000", "k1"),
                SolapiStubs.stored("M4V20261123SMS00000000000PWROFF", "SMS", "3043", "k2"));
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
        merchantToldOfApproval("010-7777-8888", Channel.KAKAO, "kakao");
        solapiAccepts(equalTo("ATA"), "M4V20261123ATA0000000000NOKAKAO");
        solapiAccepts(matching("SMS|LMS"), "M4V20261123SMS0000000000FALLBCK");
        dispatcher.dispatchBatch(10);
        OutboxMessage kakao = only(outbox);
        assertThat(kakao.getStatus()).isEqualTo(OutboxMessage.Status.SENT);

        solapiLists(SolapiStubs.stored("M4V20261123ATA0000000000NOKAKAO", "ATA", "3104", "k"));
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
        merchantToldOfApproval("010-7777-9999", Channel.KAKAO, "kakao-refused");
        solapi.stubFor(
                post(SEND)
                        .withRequestBody(matchingJsonPath("$.messages[0].type", equalTo("ATA")))
                        .willReturn(okJson(SolapiStubs.notRegistered("k", "3105", "미등록 템플릿"))));
        solapiAccepts(matching("SMS|LMS"), "M4V20261123SMS000000000INSTEAD");

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
        merchantToldOfApproval("010-4444-5555", Channel.SMS, "refused");
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
        assertThat(only(outbox).getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
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

    /** SOLAPI accepts a message of this type ("ATA", "SMS|LMS") with this id. */
    private void solapiAccepts(StringValuePattern type, String messageId) {
        solapi.stubFor(
                post(SEND)
                        .withRequestBody(matchingJsonPath("$.messages[0].type", type))
                        .willReturn(okJson(SolapiStubs.accepted(messageId, "k"))));
    }

    /** SOLAPI's message list holds these stored messages, with their delivery states. */
    private void solapiLists(String... stored) {
        solapi.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson(SolapiStubs.list(stored))));
    }
}
