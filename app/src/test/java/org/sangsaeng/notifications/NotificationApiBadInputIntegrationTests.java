package org.sangsaeng.notifications;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sangsaeng.web.BadInput;
import org.sangsaeng.web.BadInputTest;

/**
 * The notification API refuses bad preferences, paging and other people's messages, and changes
 * nothing then.
 */
class NotificationApiBadInputIntegrationTests extends BadInputTest {

    static final String PREFERENCES =
            "{\"email\":\"kim@example.org\",\"phone\":\"010-1234-5678\","
                    + "\"channels\":{\"RESULT\":[\"EMAIL\"]},\"quietFrom\":\"21:00\",\"quietUntil\":\"08:00\",\"dailyDigest\":false}";

    Supplier<?> mine;

    @BeforeEach
    void givenAMember() {
        long me =
                jdbc.queryForObject(
                        "select id from app_user where username = ?", Long.class, f.member());
        mine =
                bad.rows(
                        "select 'u', email, phone, null, null from app_user where id = ?"
                                + " union all select 'p', quiet_from, quiet_until, daily_digest, null from notification_preference where user_id = ?"
                                + " union all select 'c', kind, channel, null, null from notification_channel_choice where user_id = ?"
                                + " union all select 'n', id, read_at, null, null from notification where recipient_id = ? order by 1, 2, 3",
                        me,
                        me,
                        me,
                        me);
    }

    @Test
    void garbageIsRefused() {
        bad.refusesGarbage("PUT", "/api/v1/notifications/preferences", f.member(), mine);
    }

    static Stream<Arguments> badPreferences() {
        return Stream.of(
                Arguments.of("not an e-mail address", "email", "\"kim@\""),
                Arguments.of("script as e-mail address", "email", BadInput.json(BadInput.SCRIPT)),
                Arguments.of(
                        "e-mail address too long",
                        "email",
                        "\"" + "a".repeat(250) + "@example.org\""),
                Arguments.of("not a phone number", "phone", BadInput.json(BadInput.SQL)),
                Arguments.of("unknown kind", "channels", "{\"GOSSIP\":[\"EMAIL\"]}"),
                Arguments.of("unknown channel", "channels", "{\"RESULT\":[\"PIGEON\"]}"),
                Arguments.of("no channel list", "channels", "{\"RESULT\":null}"),
                Arguments.of("a null channel", "channels", "{\"RESULT\":[null]}"),
                Arguments.of("hour not a time", "quietFrom", "\"9 pm\""),
                Arguments.of("hour 25", "quietFrom", "\"25:00\""),
                Arguments.of("no quiet hours", "quietUntil", "null"),
                Arguments.of("digest as text", "dailyDigest", "\"yes please\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPreferences")
    void badPreferencesAreRefusedWithAMessage(String what, String field, String value) {
        bad.refused(
                400,
                "PUT",
                "/api/v1/notifications/preferences",
                f.member(),
                BadInput.with(PREFERENCES, field, value),
                mine);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "offset=-100",
                "offset=-1",
                "limit=0",
                "limit=-5",
                "offset=x",
                "limit=9999999999"
            })
    void badPagingIsRefused(String paging) {
        bad.refused(400, "GET", "/api/v1/notifications?" + paging, f.member(), null, mine);
    }

    @Test
    void otherPeoplesAndUnknownMessagesAreRefused() {
        bad.refused(404, "POST", "/api/v1/notifications/987654321/read", f.member(), null, mine);
        bad.refused(400, "POST", "/api/v1/notifications/abc/read", f.member(), null, mine);
        bad.refused(403, "GET", "/api/v1/outbox", f.member(), null, mine);
        bad.refused(403, "POST", "/api/v1/outbox/987654321/retry", f.member(), null, mine);
        bad.refused(404, "POST", "/api/v1/outbox/987654321/retry", f.leader(), null, mine);
        bad.refused(400, "GET", "/api/v1/outbox?status=LOST", f.leader(), null, mine);
        bad.refused(400, "GET", "/api/v1/outbox?offset=-100", f.leader(), null, mine);
    }
}
