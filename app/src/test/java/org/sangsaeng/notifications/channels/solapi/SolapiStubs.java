package org.sangsaeng.notifications.channels.solapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SOLAPI's answers as its API reference and SDK give them, and a check of its request signature.
 */
public final class SolapiStubs {

    private static final Pattern AUTH =
            Pattern.compile(
                    "HMAC-SHA256 apiKey=(\\w+), date=([^,]+), salt=(\\w+), signature=([0-9a-f]{64})");

    private SolapiStubs() {}

    /** The answer of POST /messages/v4/send-many/detail with showMessageList, one message taken. */
    public static String accepted(String messageId, String key) {
        return """
                {"failedMessageList":[],
                 "groupInfo":{"groupId":"G4V20261123140000ABCDEFGHIJKLMNO","status":"SENDING",
                   "count":{"total":1,"sentTotal":0,"sentFailed":0,"sentSuccess":0,"sentPending":0,
                            "sentReplacement":0,"refund":0,"registeredFailed":0,"registeredSuccess":1}},
                 "messageList":[{"messageId":"%s","statusCode":"2000","statusMessage":"정상 접수(이통사로 접수 예정) ",
                   "customFields":{"sangsaengKey":"%s"}}]}
                """
                .formatted(messageId, key);
    }

    /** The same answer when SOLAPI refused to register the message (failedMessageList). */
    public static String notRegistered(String key, String statusCode, String statusMessage) {
        return """
                {"failedMessageList":[{"to":"01012345678","from":"0317001234","type":"ATA","statusMessage":"%s",
                   "country":"82","messageId":"M4V20261123140000FAILED000000001","statusCode":"%s","accountId":"12925149",
                   "customFields":{"sangsaengKey":"%s"}}],
                 "groupInfo":{"groupId":"G4V20261123140000ABCDEFGHIJKLMNO","status":"FAILED",
                   "count":{"total":1,"registeredFailed":1,"registeredSuccess":0}}}
                """
                .formatted(statusMessage, statusCode, key);
    }

    /** GET /messages/v4/list: messages keyed by their id. */
    public static String list(String... messages) {
        return "{\"startKey\":null,\"nextKey\":null,\"limit\":50,\"messageList\":{"
                + String.join(",", messages)
                + "}}";
    }

    public static String stored(String messageId, String type, String statusCode, String key) {
        return """
                "%s":{"_id":"%1$s","messageId":"%1$s","groupId":"G4V20261123140000ABCDEFGHIJKLMNO","type":"%s",
                  "to":"01012345678","from":"0317001234","country":"82","status":"COMPLETE","statusCode":"%s",
                  "reason":null,"networkName":"SKT","customFields":{"sangsaengKey":"%s"},
                  "dateCreated":"2026-11-23T05:00:00.000Z","dateUpdated":"2026-11-23T05:00:05.000Z"}
                """
                .formatted(messageId, type, statusCode, key);
    }

    /**
     * Checks the Authorization header as SOLAPI does: our key, a fresh date, a salt, the HMAC
     * recomputed here.
     */
    public static void assertSigned(String authorization, Instant now) throws Exception {
        Matcher m = AUTH.matcher(authorization);
        assertThat(m.matches()).as("SOLAPI's HMAC-SHA256 header: %s", authorization).isTrue();
        assertThat(m.group(1)).isEqualTo(SolapiTestKit.API_KEY);
        assertThat(Duration.between(Instant.parse(m.group(2)), now).abs())
                .isLessThan(Duration.ofMinutes(15));
        assertThat(m.group(3).length()).isBetween(12, 64);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(
                new SecretKeySpec(
                        SolapiTestKit.API_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected =
                HexFormat.of()
                        .formatHex(
                                mac.doFinal(
                                        (m.group(2) + m.group(3))
                                                .getBytes(StandardCharsets.UTF_8)));
        assertThat(m.group(4))
                .as("signature of date + salt under the API secret")
                .isEqualTo(expected);
    }
}
