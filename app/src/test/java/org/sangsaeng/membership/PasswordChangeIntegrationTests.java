package org.sangsaeng.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.web.BadInput;
import org.sangsaeng.web.BadInputTest;
import org.sangsaeng.web.BasicAuth;
import org.sangsaeng.web.LocalHttp;

/**
 * A member changes their password through the API: the current one is required, a weak new one is
 * refused with the reason named and nothing changed, and afterwards only the new password signs in
 * and every API token of the account is revoked. Guessing the current password locks the account.
 */
class PasswordChangeIntegrationTests extends BadInputTest {

    static final String PASSWORD = "/api/v1/me/password";
    static final String NEW = "밀가루 포대 스무 개";

    Supplier<?> hash;

    @BeforeEach
    void givenTheMembersPassword() {
        hash = bad.rows("select password_hash from app_user where username = ?", f.member());
    }

    @Test
    void afterAChangeOnlyTheNewPasswordSignsInAndTheOldTokensAreRevoked() throws Exception {
        String token = bad.token(f.member());
        assertThat(bad.status("/api/v1/me", "Bearer " + token)).isEqualTo(200);

        bad.ok("PUT", PASSWORD, f.member(), change(Fixtures.PASSWORD, NEW));

        SignIns.onlyTheNewPasswordSignsIn(bad, f.member(), Fixtures.PASSWORD, NEW, token);
    }

    @Test
    void signingOutEverywhereRevokesEveryTokenOfTheAccountOnly() throws Exception {
        String phone = bad.token(f.member());
        String tablet = bad.token(f.member());
        String leaders = bad.token(f.leader());

        assertThat(
                        LocalHttp.send(
                                        LocalHttp.request(port, "/api/v1/me/sign-out-everywhere")
                                                .header("Authorization", "Bearer " + phone)
                                                .POST(HttpRequest.BodyPublishers.noBody()))
                                .statusCode())
                .isEqualTo(204);

        assertThat(bad.status("/api/v1/me", "Bearer " + phone)).isEqualTo(401);
        assertThat(bad.status("/api/v1/me", "Bearer " + tablet)).isEqualTo(401);
        assertThat(bad.status("/api/v1/me", "Bearer " + leaders))
                .as("another account's token")
                .isEqualTo(200);
        assertThat(bad.status("/api/v1/me", BasicAuth.of(f.member(), Fixtures.PASSWORD)))
                .as("the password still signs in")
                .isEqualTo(200);
    }

    @Test
    void aWeakOrWrongChangeIsRefusedWithItsReasonAndChangesNothing() throws Exception {
        refused(change("not-my-password", NEW), "error.password.currentWrong");
        refused("{}", "error.password.currentWrong");
        refused(change(Fixtures.PASSWORD, "짧은비번"), "error.password.tooShort");
        refused(change(Fixtures.PASSWORD, "가".repeat(25)), "error.password.tooLong");
        refused(change(Fixtures.PASSWORD, "1q2w3e4r5t"), "error.password.common");
        refused(change(Fixtures.PASSWORD, " Password123 "), "error.password.common");
        refused(
                change(Fixtures.PASSWORD, "my " + f.member() + " 2026"),
                "error.password.containsUsername");
        refused(change(Fixtures.PASSWORD, Fixtures.PASSWORD), "error.password.unchanged");
        bad.refused(400, "PUT", PASSWORD, f.member(), "{\"currentPassword\":", hash);
        bad.refused(
                401,
                () ->
                        bad.send(
                                HttpRequest.newBuilder(
                                                URI.create("http://localhost:" + port + PASSWORD))
                                        .header("Content-Type", "application/json")
                                        .PUT(
                                                HttpRequest.BodyPublishers.ofString(
                                                        change(Fixtures.PASSWORD, NEW))),
                                null),
                hash);

        assertThat(bad.status("/api/v1/me", BasicAuth.of(f.member(), Fixtures.PASSWORD)))
                .as("the password in use")
                .isEqualTo(200);
    }

    @Test
    void guessingTheCurrentPasswordIsSlowedLikeSigningIn() throws Exception {
        // A phone app signed in with a token keeps guessing: after five wrong passwords it must
        // wait.
        String token = bad.token(f.member());
        for (int i = 0; i < 5; i++) {
            assertThat(withToken(token, change("guess-" + i + "-password", NEW)).body())
                    .contains("\"code\":\"error.password.currentWrong\"");
        }
        // Even the right password is refused unchecked during the wait, and nothing changes.
        HttpResponse<String> slowed =
                bad.refused(429, () -> withToken(token, change(Fixtures.PASSWORD, NEW)), hash);
        assertThat(slowed.body()).contains("\"code\":\"error.signIn.slowDown\"");
        // The account is not locked: the token still works for everything else.
        assertThat(
                        bad.send(
                                        HttpRequest.newBuilder(
                                                        URI.create(
                                                                "http://localhost:"
                                                                        + port
                                                                        + "/api/v1/me"))
                                                .header("Authorization", "Bearer " + token)
                                                .GET(),
                                        null)
                                .statusCode())
                .isEqualTo(200);
        assertThat(bad.status("/api/v1/me", BasicAuth.of(f.leader(), Fixtures.PASSWORD)))
                .as("another account")
                .isEqualTo(200);
    }

    private HttpResponse<String> withToken(String token, String body) {
        return bad.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + PASSWORD))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body)),
                null);
    }

    private void refused(String body, String code) {
        assertThat(bad.refused(400, "PUT", PASSWORD, f.member(), body, hash).body())
                .contains("\"code\":\"" + code + "\"");
    }

    private static String change(String current, String chosen) {
        return "{\"currentPassword\":"
                + BadInput.json(current)
                + ",\"newPassword\":"
                + BadInput.json(chosen)
                + "}";
    }
}
