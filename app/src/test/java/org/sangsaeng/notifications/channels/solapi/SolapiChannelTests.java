package org.sangsaeng.notifications.channels.solapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.notifications.channels.Handover;
import org.sangsaeng.notifications.channels.MessageRefused;
import org.sangsaeng.notifications.channels.OutboundMessage;

/**
 * SOLAPI's send API on a real HTTP server in the test JVM, speaking its documented requests and
 * answers.
 */
class SolapiChannelTests {

    static final String SEND = "/messages/v4/send-many/detail";
    static final String LIST = "/messages/v4/list";
    static final String KEY = "membership-approved:7:12:SMS";

    final WireMockServer solapi = new WireMockServer(options().dynamicPort());
    SolapiTestKit kit;

    @BeforeEach
    void start() {
        solapi.start();
        kit =
                new SolapiTestKit(
                        solapi.baseUrl(), SolapiTestKit.APPROVAL_TEMPLATE, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        solapi.stop();
    }

    @Test
    void aShortTextGoesAsSmsWithOurKeyAndASignatureSolapiAccepts() throws Exception {
        solapi.stubFor(
                post(SEND)
                        .willReturn(
                                okJson(
                                        SolapiStubs.accepted(
                                                "M4V20261123SMS0000000000000001", KEY))));

        Handover handover =
                kit.sms().send(new OutboundMessage(KEY, "010-1234-5678", "가입 승인", "가입이 승인되었습니다."));

        assertThat(handover.providerMessageId()).isEqualTo("M4V20261123SMS0000000000000001");
        List<LoggedRequest> sent = solapi.findAll(postRequestedFor(urlPathEqualTo(SEND)));
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().getHeader("Content-Type")).startsWith("application/json");
        SolapiStubs.assertSigned(sent.getFirst().getHeader("Authorization"), Instant.now());
        solapi.verify(
                postRequestedFor(urlPathEqualTo(SEND))
                        .withRequestBody(
                                equalToJson(
                                        """
                {"messages":[{"to":"01012345678","from":"0317001234","customFields":{"sangsaengKey":"%s"},
                  "type":"SMS","text":"가입이 승인되었습니다."}],
                 "showMessageList":true}
                """
                                                .formatted(KEY))));
    }

    @Test
    void textLongerThanNinetyBytesInEucKrGoesAsLmsWithItsSubject() {
        solapi.stubFor(
                post(SEND)
                        .willReturn(
                                okJson(
                                        SolapiStubs.accepted(
                                                "M4V20261123LMS0000000000000001", KEY))));
        String body = "태평3동 상인협동조합 가입이 승인되었습니다. 이제 공동구매와 투표에 참여하실 수 있습니다. 앱에서 확인하세요.";
        assertThat(SolapiMessages.eucKrBytes(body)).isGreaterThan(SolapiMessages.SMS_BYTES);

        kit.sms().send(new OutboundMessage(KEY, "01012345678", "가입 승인", body));

        solapi.verify(
                postRequestedFor(urlPathEqualTo(SEND))
                        .withRequestBody(
                                equalToJson(
                                        """
                {"messages":[{"to":"01012345678","from":"0317001234","customFields":{"sangsaengKey":"%s"},
                  "type":"LMS","subject":"가입 승인","text":"%s"}],"showMessageList":true}
                """
                                                .formatted(KEY, body))));
    }

    @Test
    void aKakaoMessageWithARegisteredTemplateGoesAsAlimtalkWithItsVariables() {
        solapi.stubFor(
                post(SEND)
                        .willReturn(
                                okJson(
                                        SolapiStubs.accepted(
                                                "M4V20261123ATA0000000000000001", KEY))));

        kit.kakao()
                .send(
                        new OutboundMessage(
                                KEY,
                                "010-1234-5678",
                                "가입 승인",
                                "태평3동 상인협동조합 가입이 승인되었습니다.",
                                "MEMBERSHIP_APPROVED",
                                Map.of("coop", "태평3동 상인협동조합"),
                                null));

        solapi.verify(
                postRequestedFor(urlPathEqualTo(SEND))
                        .withRequestBody(
                                equalToJson(
                                        """
                {"messages":[{"to":"01012345678","from":"0317001234","customFields":{"sangsaengKey":"%s"},
                  "type":"ATA","kakaoOptions":{"pfId":"%s","templateId":"KA01TP261123MEMBERAPPROVED",
                  "variables":{"#{coop}":"태평3동 상인협동조합"},"disableSms":true}}],"showMessageList":true}
                """
                                                .formatted(KEY, SolapiTestKit.PFID))));
    }

    @Test
    void aKakaoMessageOfAKindWithoutATemplateGoesAsSmsAndSaysSo() {
        solapi.stubFor(
                post(SEND)
                        .willReturn(
                                okJson(
                                        SolapiStubs.accepted(
                                                "M4V20261123SMS0000000000000002", KEY))));

        Handover handover =
                kit.kakao()
                        .send(
                                new OutboundMessage(
                                        KEY,
                                        "010-1234-5678",
                                        "투표 결과",
                                        "안건이 통과되었습니다.",
                                        "PROPOSAL_PASSED",
                                        Map.of("proposal", "공동 포장박스"),
                                        null));

        assertThat(handover.note()).isEqualTo(SolapiChannel.NO_TEMPLATE);
        solapi.verify(
                postRequestedFor(urlPathEqualTo(SEND))
                        .withRequestBody(
                                equalToJson("{\"messages\":[{\"type\":\"SMS\"}]}", true, true)));
    }

    @Test
    void tooManyRequestsAndServerErrorsAreTriedAgainAfterAWaitAndAskedForBeforeSendingAgain() {
        solapi.stubFor(
                post(SEND)
                        .inScenario("busy")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willReturn(
                                aResponse()
                                        .withStatus(429)
                                        .withBody(
                                                "{\"errorCode\":\"TooManyRequests\",\"errorMessage\":\"slow down\"}"))
                        .willSetStateTo("limited"));
        solapi.stubFor(
                post(SEND)
                        .inScenario("busy")
                        .whenScenarioStateIs("limited")
                        .willReturn(aResponse().withStatus(503))
                        .willSetStateTo("recovered"));
        solapi.stubFor(
                post(SEND)
                        .inScenario("busy")
                        .whenScenarioStateIs("recovered")
                        .willReturn(
                                okJson(
                                        SolapiStubs.accepted(
                                                "M4V20261123SMS0000000000000003", KEY))));
        solapi.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson(SolapiStubs.list())));

        Handover handover =
                kit.sms().send(new OutboundMessage(KEY, "010-1234-5678", "가입 승인", "승인되었습니다."));

        assertThat(handover.providerMessageId()).isEqualTo("M4V20261123SMS0000000000000003");
        solapi.verify(3, postRequestedFor(urlPathEqualTo(SEND)));
        solapi.verify(
                1,
                getRequestedFor(urlPathEqualTo(LIST)).withQueryParam("to", equalTo("01012345678")));
        List<LoggedRequest> posts = solapi.findAll(postRequestedFor(urlPathEqualTo(SEND)));
        assertThat(posts).extracting(r -> r.getHeader("Authorization")).doesNotHaveDuplicates();
    }

    @Test
    void aServerErrorAfterWhichSolapiHasTheMessageDoesNotSendItTwice() {
        solapi.stubFor(post(SEND).willReturn(aResponse().withStatus(502)));
        solapi.stubFor(
                get(urlPathEqualTo(LIST))
                        .willReturn(
                                okJson(
                                        SolapiStubs.list(
                                                SolapiStubs.stored(
                                                        "M4V20261123SMS0000000000000004",
                                                        "SMS",
                                                        "3000",
                                                        KEY)))));

        Handover handover =
                kit.sms().send(new OutboundMessage(KEY, "010-1234-5678", "가입 승인", "승인되었습니다."));

        assertThat(handover.providerMessageId()).isEqualTo("M4V20261123SMS0000000000000004");
        solapi.verify(1, postRequestedFor(urlPathEqualTo(SEND)));
    }

    @Test
    void aServerStillFailingAfterTheLastTryIsLeftForTheOutboxToTryLater() {
        solapi.stubFor(post(SEND).willReturn(aResponse().withStatus(500)));
        solapi.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson(SolapiStubs.list())));

        assertThatThrownBy(
                        () -> kit.sms().send(new OutboundMessage(KEY, "010-1234-5678", "s", "본문")))
                .isNotInstanceOf(MessageRefused.class)
                .hasMessageContaining("HTTP 500");
        solapi.verify(SolapiClient.TRIES, postRequestedFor(urlPathEqualTo(SEND)));
    }

    @Test
    void aClientErrorIsNotTriedAgainAndGivesSolapisReason() {
        solapi.stubFor(
                post(SEND)
                        .willReturn(
                                aResponse()
                                        .withStatus(400)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"errorCode\":\"ValidationError\",\"errorMessage\":\"수신번호가 올바르지 않습니다.\"}")));

        assertThatThrownBy(
                        () -> kit.sms().send(new OutboundMessage(KEY, "010-1234-5678", "s", "본문")))
                .isInstanceOf(MessageRefused.class)
                .hasMessage(
                        "SOLAPI refused the message: HTTP 400 ValidationError: 수신번호가 올바르지 않습니다.");
        solapi.verify(1, postRequestedFor(urlPathEqualTo(SEND)));
    }

    @Test
    void aMessageSolapiDidNotRegisterIsRefusedWithItsStatus() {
        solapi.stubFor(
                post(SEND).willReturn(okJson(SolapiStubs.notRegistered(KEY, "1062", "발신번호 미등록"))));

        assertThatThrownBy(
                        () -> kit.sms().send(new OutboundMessage(KEY, "010-1234-5678", "s", "본문")))
                .isInstanceOf(MessageRefused.class)
                .hasMessage("SOLAPI 1062: 발신번호 미등록");
    }

    @Test
    void aNumberThatIsNotAKoreanMobileIsRefusedBeforeAnythingIsSent() {
        for (String address :
                List.of("02-123-4567", "+1 415 555 0100", "010-12", "kim@example.kr")) {
            assertThatThrownBy(() -> kit.sms().send(new OutboundMessage(KEY, address, "s", "본문")))
                    .isInstanceOf(MessageRefused.class)
                    .hasMessageStartingWith("Not a Korean mobile number");
        }
        assertThat(SolapiMessages.koreanMobile("+82 10-1234-5678")).isEqualTo("01012345678");
        assertThat(solapi.getAllServeEvents()).isEmpty();
    }
}
