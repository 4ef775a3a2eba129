package org.sangsaeng.notifications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sangsaeng.notifications.Outboxes.only;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.InMemoryEngineTest;
import org.sangsaeng.coupons.domain.ShopMessage;
import org.sangsaeng.coupons.domain.ShopMessages;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.notifications.channels.solapi.SolapiStubs;
import org.sangsaeng.notifications.channels.solapi.SolapiTestKit;
import org.sangsaeng.notifications.domain.OutboxMessage;
import org.sangsaeng.notifications.domain.OutboxMessages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A new-product photo goes as MMS through SOLAPI (a real HTTP server, WireMock) with the outbox and
 * the shop message on a real MariaDB: uploaded once as a JPEG of at most 200 KB for every recipient
 * and every retry, sent with its file id; refused by SOLAPI, the messages go as LMS and say why.
 */
class SolapiMmsIntegrationTests extends InMemoryEngineTest {

    static final String SEND = "/messages/v4/send-many/detail";
    static final String LIST = "/messages/v4/list";
    static final String FILES = "/storage/v1/files";
    static final String FILE_ID = "ST01FZ261205PRODUCTPHOTO00000001";
    static final String TEXT =
            "(광고)박씨네\n한우 불고기 세트 39,000원\n새로 나왔어요\nhttps://sangsaeng.example.kr/m/abc\n"
                    + "무료거부 https://sangsaeng.example.kr/out/xyz";

    @Autowired OutboxMessages outbox;
    @Autowired MessageImages images;
    @Autowired ShopMessages shopMessages;
    @Autowired AccountService accounts;
    @Autowired MarketingConsent consent;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    final MutableClock clock = new MutableClock(QuietHoursTests.seoul("2026-12-05T11:00"));
    final WireMockServer solapi = new WireMockServer(options().dynamicPort());
    SolapiTestKit kit;
    OutboxDispatcher dispatcher;
    long photo;

    @BeforeEach
    void start() throws IOException {
        jdbc.update("delete from outbox_message");
        solapi.start();
        kit = new SolapiTestKit(solapi.baseUrl(), "", clock);
        dispatcher =
                new OutboxDispatcher(
                        outbox, List.of(kit.sms(images)), transactions, consent, clock);
        long owner =
                accounts.createAccount(
                        "shop-" + UUID.randomUUID().toString().substring(0, 8),
                        Fixtures.PASSWORD,
                        "박사장",
                        Set.of());
        photo =
                shopMessages
                        .saveAndFlush(
                                new ShopMessage(
                                        owner,
                                        "한우 불고기 세트 새로 나왔어요",
                                        "박씨네",
                                        "한우 불고기 세트",
                                        39_000L,
                                        phonePhoto(),
                                        "image/png",
                                        UUID.randomUUID().toString(),
                                        clock.instant()))
                        .getId();
        solapi.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson(SolapiStubs.list())));
    }

    @AfterEach
    void stop() {
        solapi.stop();
    }

    @Test
    void theProductPhotoIsUploadedOnceAsASmallJpegAndGoesAsMmsToEveryRecipient() throws Exception {
        String first = queued("01022223333");
        String second = queued("01044445555");
        solapi.stubFor(post(FILES).willReturn(okJson(uploaded())));
        acceptEverything();

        dispatcher.dispatchBatch(10);

        List<LoggedRequest> uploads = solapi.findAll(postRequestedFor(urlPathEqualTo(FILES)));
        assertThat(uploads).as("one upload for both recipients").hasSize(1);
        LoggedRequest upload = uploads.getFirst();
        assertThat(upload.getHeader("Content-Type")).startsWith("application/json");
        SolapiStubs.assertSigned(upload.getHeader("Authorization"), clock.instant());
        JsonNode body = JsonMapper.builder().build().readTree(upload.getBodyAsString());
        assertThat(body.path("type").asString()).isEqualTo("MMS");
        assertThat(body.path("name").asString()).isEqualTo("photo-" + photo + ".jpg");
        byte[] jpeg = Base64.getDecoder().decode(body.path("file").asString());
        assertThat(jpeg.length).isLessThanOrEqualTo(200_000);
        assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
        BufferedImage sent = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(sent.getWidth()).isEqualTo(1000);
        assertThat(sent.getHeight()).isEqualTo(750);

        for (String[] to :
                List.of(
                        new String[] {"01022223333", first},
                        new String[] {"01044445555", second})) {
            solapi.verify(
                    1,
                    postRequestedFor(urlPathEqualTo(SEND))
                            .withRequestBody(
                                    equalToJson(
                                            """
                    {"messages":[{"to":"%s","from":"0317001234","customFields":{"sangsaengKey":"%s"},
                      "type":"MMS","imageId":"%s","subject":"박씨네","text":"%s"}],
                     "showMessageList":true}
                    """
                                                    .formatted(
                                                            to[0],
                                                            to[1],
                                                            FILE_ID,
                                                            TEXT.replace("\n", "\\n")))));
        }
        assertThat(outbox.findAll())
                .extracting(OutboxMessage::getStatus)
                .containsOnly(OutboxMessage.Status.SENT);
        assertThat(shopMessages.findById(photo).orElseThrow().getMmsFileId()).isEqualTo(FILE_ID);
    }

    @Test
    void aCrashBetweenUploadAndSendNeitherUploadsNorSendsTwice() {
        String key = queued("01022223333");
        solapi.stubFor(post(FILES).willReturn(okJson(uploaded())));
        acceptEverything();
        MessageImages dyingAfterUpload =
                new MessageImages() {
                    @Override
                    public Optional<MessageImage> find(long ref) {
                        return images.find(ref);
                    }

                    @Override
                    public Optional<byte[]> picture(long ref) {
                        return images.picture(ref);
                    }

                    @Override
                    public String uploaded(long ref, String providerFileId) {
                        images.uploaded(ref, providerFileId);
                        throw new AppDied();
                    }

                    @Override
                    public void refused(long ref, String reason) {
                        images.refused(ref, reason);
                    }
                };

        assertThatThrownBy(
                        () ->
                                new OutboxDispatcher(
                                                outbox,
                                                List.of(kit.sms(dyingAfterUpload)),
                                                transactions,
                                                consent,
                                                clock)
                                        .dispatchBatch(10))
                .isInstanceOf(AppDied.class);
        assertThat(only(outbox).getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
        solapi.verify(0, postRequestedFor(urlPathEqualTo(SEND)));

        clock.advance(OutboxDispatcher.CLAIM.plusSeconds(1));
        dispatcher.dispatchBatch(10);
        clock.advance(OutboxDispatcher.CLAIM.plusSeconds(1));
        dispatcher.dispatchBatch(10);

        solapi.verify(1, postRequestedFor(urlPathEqualTo(FILES)));
        solapi.verify(
                1,
                postRequestedFor(urlPathEqualTo(SEND))
                        .withRequestBody(
                                matchingJsonPath(
                                        "$.messages[0].imageId",
                                        com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                                                FILE_ID))));
        assertThat(only(outbox).getStatus()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(only(outbox).getIdempotencyKey()).isEqualTo(key);
    }

    @Test
    void anUploadRefusedWith400IsNotTriedAgainAndTheMessagesGoAsLmsSayingWhy() {
        queued("01022223333");
        queued("01044445555");
        solapi.stubFor(
                post(FILES)
                        .willReturn(
                                aResponse()
                                        .withStatus(400)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"errorCode\":\"InvalidFile\",\"errorMessage\":\"이미지 크기가 너무 큽니다.\"}")));
        acceptEverything();

        dispatcher.dispatchBatch(10);

        solapi.verify(1, postRequestedFor(urlPathEqualTo(FILES)));
        solapi.verify(2, sentAsLms());
        solapi.verify(0, sentWithAPicture());
        assertThat(outbox.findAll())
                .allSatisfy(
                        m -> {
                            assertThat(m.getStatus()).isEqualTo(OutboxMessage.Status.SENT);
                            assertThat(m.getLastError())
                                    .startsWith("Picture not sent, the message went as LMS: ")
                                    .contains("HTTP 400 InvalidFile: 이미지 크기가 너무 큽니다.");
                        });
        assertThat(shopMessages.findById(photo).orElseThrow().getMmsRefusal())
                .contains("InvalidFile");
    }

    @Test
    void anMmsRefusedAfterAGoodUploadGoesAsLmsAndTheNextRecipientsGetLmsAtOnce() {
        String first = queued("01022223333");
        solapi.stubFor(post(FILES).willReturn(okJson(uploaded())));
        solapi.stubFor(
                post(SEND)
                        .atPriority(1)
                        .withRequestBody(matchingJsonPath("$.messages[0].imageId"))
                        .willReturn(
                                okJson(
                                        SolapiStubs.notRegistered(
                                                first, "3040", "이미지 파일을 찾을 수 없습니다."))));
        solapi.stubFor(
                post(SEND)
                        .atPriority(5)
                        .willReturn(
                                okJson(
                                        SolapiStubs.accepted(
                                                "M4V20261205LMS0000000000000001", first))));

        dispatcher.dispatchBatch(10);
        queued("01044445555");
        dispatcher.dispatchBatch(10);

        solapi.verify(1, postRequestedFor(urlPathEqualTo(FILES)));
        solapi.verify(1, sentWithAPicture());
        solapi.verify(2, sentAsLms());
        assertThat(outbox.findAll())
                .hasSize(2)
                .allSatisfy(
                        m -> {
                            assertThat(m.getStatus())
                                    .as("every customer got the text")
                                    .isEqualTo(OutboxMessage.Status.SENT);
                            assertThat(m.getLastError())
                                    .startsWith("Picture not sent, the message went as LMS: ")
                                    .contains("이미지 파일을 찾을 수 없습니다.");
                        });
        assertThat(shopMessages.findById(photo).orElseThrow().getMmsRefusal()).contains("3040");
    }

    @Test
    void whenTheLmsIsRefusedTooTheNumberWasWrongAndThePictureStaysGoodForTheOthers() {
        String key = queued("01022223333");
        solapi.stubFor(post(FILES).willReturn(okJson(uploaded())));
        solapi.stubFor(
                post(SEND)
                        .willReturn(okJson(SolapiStubs.notRegistered(key, "1062", "수신번호 형식 오류"))));

        dispatcher.dispatchBatch(10);

        solapi.verify(2, postRequestedFor(urlPathEqualTo(SEND)));
        assertThat(only(outbox).getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(only(outbox).getLastError()).contains("수신번호 형식 오류");
        assertThat(shopMessages.findById(photo).orElseThrow().getMmsRefusal()).isNull();
        assertThat(shopMessages.findById(photo).orElseThrow().getMmsFileId()).isEqualTo(FILE_ID);
    }

    @Test
    void anUploadAnsweredWithABusyServerIsTriedAgainAfterAWait() {
        queued("01022223333");
        solapi.stubFor(
                post(FILES)
                        .inScenario("busy")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willReturn(aResponse().withStatus(503))
                        .willSetStateTo("recovered"));
        solapi.stubFor(
                post(FILES)
                        .inScenario("busy")
                        .whenScenarioStateIs("recovered")
                        .willReturn(okJson(uploaded())));
        acceptEverything();

        dispatcher.dispatchBatch(10);

        solapi.verify(2, postRequestedFor(urlPathEqualTo(FILES)));
        solapi.verify(
                1,
                postRequestedFor(urlPathEqualTo(SEND))
                        .withRequestBody(
                                equalToJson(
                                        "{\"messages\":[{\"type\":\"MMS\",\"imageId\":\""
                                                + FILE_ID
                                                + "\"}]}",
                                        true,
                                        true)));
    }

    /** An outbox message about the product with its photo; returns its key. */
    private String queued(String phone) {
        String key = "shop-message:" + photo + ":" + phone;
        Instant now = clock.instant();
        transactions.executeWithoutResult(
                s ->
                        outbox.save(
                                new OutboxMessage(
                                                key,
                                                null,
                                                null,
                                                Channel.SMS,
                                                NotificationKind.MARKETING,
                                                false,
                                                phone,
                                                "박씨네",
                                                TEXT,
                                                OutboxMessage.Status.PENDING,
                                                now,
                                                now)
                                        .showing(photo)));
        return key;
    }

    private void acceptEverything() {
        solapi.stubFor(
                post(SEND)
                        .willReturn(
                                okJson(
                                        SolapiStubs.accepted(
                                                "M4V20261205MMS0000000000000001", "k"))));
    }

    /** Sends that went as LMS: the shop's name as the subject, no picture. */
    private static RequestPatternBuilder sentAsLms() {
        return postRequestedFor(urlPathEqualTo(SEND))
                .withRequestBody(
                        equalToJson(
                                "{\"messages\":[{\"type\":\"LMS\",\"subject\":\"박씨네\"}]}",
                                true,
                                true));
    }

    private static RequestPatternBuilder sentWithAPicture() {
        return postRequestedFor(urlPathEqualTo(SEND))
                .withRequestBody(matchingJsonPath("$.messages[0].imageId"));
    }

    /** SOLAPI's answer to an upload, as its API reference gives it. */
    private static String uploaded() {
        return """
                {"fileId":"%s","type":"MMS","accountId":"12925149","name":"photo.jpg","originalName":"photo.jpg",
                 "url":"https://solapi-storage.s3.ap-northeast-2.amazonaws.com/%1$s","link":null,"width":1000,
                 "height":750,"fileSize":120000,"references":[],"dateCreated":"2026-12-05T02:00:00.000Z",
                 "dateUpdated":"2026-12-05T02:00:00.000Z"}
                """
                .formatted(FILE_ID);
    }

    /** A phone's photo, 1600x1200, saved as PNG. */
    private static byte[] phonePhoto() throws IOException {
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 1200; y++) {
            for (int x = 0; x < 1600; x++) {
                image.setRGB(
                        x, y, (x * 255 / 1600) << 16 | (y * 255 / 1200) << 8 | ((x * y) % 251));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The app dying, which no code of ours catches. */
    private static final class AppDied extends Error {}
}
