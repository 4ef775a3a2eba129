package org.sangsaeng.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.web.BadInput;
import org.sangsaeng.web.BadInputTest;
import org.sangsaeng.web.BasicAuth;

/**
 * A member who forgot their password asks for a code, reads it in the SMS (and e-mail) the outbox
 * sends, and sets a new password without signing in. The form tells nobody which names exist, a
 * code works once and not after its time, wrong guesses kill it, and nobody floods a phone with
 * codes.
 */
class PasswordResetIntegrationTests extends BadInputTest {

    static final String REQUEST = "/api/v1/password-reset";
    static final String CONFIRM = "/api/v1/password-reset/confirm";
    static final String NEW = "시장 골목 둘째 집 빵";
    static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    long memberId;
    Supplier<?> state;

    @BeforeEach
    void givenAMemberWithAPhoneAndAnEmail() {
        memberId =
                jdbc.queryForObject(
                        "select id from app_user where username = ?", Long.class, f.member());
        jdbc.update(
                "update app_user set phone = '010-2345-6789', email = ? where id = ?",
                f.member() + "@example.kr",
                memberId);
        state =
                bad.rows(
                        "select u.password_hash, u.sessions_valid_from, (select count(*) from one_time_code c"
                                + " where c.subject = u.username and c.closed_at is null) open_codes,"
                                + " (select count(*) from outbox_message o where o.recipient_id = u.id) messages"
                                + " from app_user u where u.id = ?",
                        memberId);
    }

    @Test
    void theCodeFromTheSmsSetsANewPasswordAndEndsTheOldTokens() throws Exception {
        String token = bad.token(f.member());

        HttpResponse<String> asked = bad.send("POST", REQUEST, null, request(f.member()));
        assertThat(asked.statusCode()).isEqualTo(202);
        assertThat(BadInput.tree(asked.body()).get("message").asString()).contains("10분");
        String code = sentCode("SMS");
        assertThat(sentCode("EMAIL")).as("the same code by e-mail").isEqualTo(code);
        assertThat(
                        jdbc.queryForList(
                                "select subject from outbox_message where recipient_id = ?",
                                String.class,
                                memberId))
                .as("the outbox page shows titles only: no code in them")
                .noneMatch(s -> s.contains(code));
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from notification where recipient_id = ?",
                                Long.class,
                                memberId))
                .as("not kept in the in-app list")
                .isZero();

        assertThat(bad.send("POST", CONFIRM, null, confirm(f.member(), code, NEW)).statusCode())
                .isEqualTo(204);

        SignIns.onlyTheNewPasswordSignsIn(bad, f.member(), Fixtures.PASSWORD, NEW, token);
        // Used once: the same code does not work again.
        refused(confirm(f.member(), code, "또 다른 새 비밀번호 하나"));
    }

    @Test
    void anUnknownNameGetsTheSameAnswerAndNothingIsWrittenOrSent() {
        Supplier<?> everything = bad.tables("one_time_code", "outbox_message");
        Object before = everything.get();
        String known = bad.ok("POST", REQUEST, null, request(f.member()));
        String unknown = bad.ok("POST", REQUEST, null, request("no-such-merchant"));

        assertThat(unknown).isEqualTo(known);
        bad.refused(400, "POST", CONFIRM, null, confirm("no-such-merchant", "123456", NEW), state);
        assertThat(everything.get())
                .as("a code and messages for the known name only")
                .isNotEqualTo(before);
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from one_time_code where subject = 'no-such-merchant'",
                                Long.class))
                .isZero();
    }

    @Test
    void wrongExpiredAndReplacedCodesAreRefusedAndAWeakPasswordKeepsTheCode() {
        bad.ok("POST", REQUEST, null, request(f.member()));
        String first = sentCode("SMS");
        bad.ok("POST", REQUEST, null, request(f.member()));
        String second = newestCode("SMS");
        if (!first.equals(second)) {
            refused(confirm(f.member(), first, NEW));
        }
        // A policy refusal names the policy and leaves the code usable.
        assertThat(
                        bad.refusedPost(
                                400,
                                CONFIRM,
                                null,
                                confirm(f.member(), second, "1q2w3e4r5t"),
                                rowsOf()))
                .contains("error.password.common");
        refused(confirm(f.member(), "", NEW));
        refused("{}");
        bad.refused(400, "POST", CONFIRM, null, "{\"username\":", state);

        // An hour later (MariaDB assigns left to right: the expiry follows the moved creation
        // time).
        jdbc.update(
                "update one_time_code set created_at = created_at - interval 1 hour,"
                        + " expires_at = created_at + interval 10 minute where subject = ?",
                f.member());
        refused(confirm(f.member(), second, NEW));
        assertThat(bad.status("/api/v1/me", BasicAuth.of(f.member(), Fixtures.PASSWORD)))
                .as("the password in use")
                .isEqualTo(200);
    }

    @Test
    void fiveWrongGuessesKillTheCode() {
        bad.ok("POST", REQUEST, null, request(f.member()));
        String code = sentCode("SMS");
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertThat(bad.send("POST", CONFIRM, null, confirm(f.member(), wrong, NEW)).body())
                    .contains("error.reset.codeInvalid");
        }
        refused(confirm(f.member(), code, NEW));
    }

    @Test
    void atMostThreeCodesAFifteenMinutesReachThePhone() {
        for (int i = 0; i < 5; i++) {
            bad.ok("POST", REQUEST, null, request(f.member()));
        }
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from outbox_message where recipient_id = ? and channel = 'SMS'",
                                Long.class,
                                memberId))
                .isEqualTo(3);
    }

    private Supplier<?> rowsOf() {
        return bad.rows(
                "select password_hash, sessions_valid_from, (select count(*) from one_time_code c where"
                        + " c.subject = u.username and c.closed_at is null) from app_user u where u.id = ?",
                memberId);
    }

    private void refused(String body) {
        assertThat(bad.refusedPost(400, CONFIRM, null, body, state))
                .contains("error.reset.codeInvalid");
    }

    private String sentCode(String channel) {
        List<String> bodies =
                jdbc.queryForList(
                        "select body from outbox_message where recipient_id = ? and channel = ?"
                                + " order by id",
                        String.class,
                        memberId,
                        channel);
        assertThat(bodies).as("codes sent by " + channel).isNotEmpty();
        return code(bodies.getFirst());
    }

    private String newestCode(String channel) {
        return code(
                jdbc.queryForObject(
                        "select body from outbox_message where recipient_id = ? and channel = ?"
                                + " order by id desc limit 1",
                        String.class,
                        memberId,
                        channel));
    }

    private static String code(String body) {
        Matcher m = CODE.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    private static String request(String username) {
        return "{\"username\":" + BadInput.json(username) + "}";
    }

    private static String confirm(String username, String code, String password) {
        return "{\"username\":"
                + BadInput.json(username)
                + ",\"code\":"
                + BadInput.json(code)
                + ",\"newPassword\":"
                + BadInput.json(password)
                + "}";
    }
}
