package org.sangsaeng.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sangsaeng.CoopTest;
import org.sangsaeng.Fixtures;

/**
 * A client signs in once with its password for a bearer token and then acts with the token, over
 * real HTTP.
 */
class ApiTokenIntegrationTests extends CoopTest {

    static final Pattern TOKEN = Pattern.compile("\"token\":\"(sst_[A-Za-z0-9_-]{43})\"");
    static final Pattern EXPIRES = Pattern.compile("\"expiresAt\":\"([^\"]+)\"");

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aClientSignsInOnceWithItsPasswordAndThenActsWithItsToken() throws Exception {
        HttpResponse<String> issued =
                send("POST", "/api/v1/auth/tokens", BasicAuth.of(f.member(), Fixtures.PASSWORD));
        assertThat(issued.statusCode()).isEqualTo(201);
        String token = group(TOKEN, issued.body());
        Instant expires = Instant.parse(group(EXPIRES, issued.body()));
        assertThat(Duration.between(Instant.now(), expires))
                .isBetween(Duration.ofDays(29), Duration.ofDays(30));

        HttpResponse<String> me = send("GET", "/api/v1/me", bearer(token));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"" + f.member() + "\"");
        assertThat(send("GET", "/api/v1/tasks", bearer(token)).statusCode()).isEqualTo(200);
        // The leader's business stays the leader's with a member's token.
        assertThat(
                        send("GET", "/api/v1/coops/" + f.otherCoopId() + "/members", bearer(token))
                                .statusCode())
                .isEqualTo(403);

        // Only the token's SHA-256 is kept.
        assertThat(
                        jdbc.queryForList(
                                "SELECT token_hash FROM api_token t JOIN app_user u ON u.id = t.user_id"
                                        + " WHERE u.username = ?",
                                String.class,
                                f.member()))
                .containsExactly(sha256(token));
    }

    @Test
    void unknownExpiredRevokedTokensAndThoseOfDeactivatedAccountsAreRefusedWithAMessage()
            throws Exception {
        HttpResponse<String> unknown = send("GET", "/api/v1/me", bearer("sst_" + "A".repeat(43)));
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.body())
                .contains("error.auth.tokenInvalid", "sign in again with your password");
        assertThat(send("GET", "/api/v1/me", bearer("")).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/v1/me", bearer("x".repeat(5000))).statusCode()).isEqualTo(401);

        String expiring = issue(f.member());
        jdbc.update(
                "UPDATE api_token SET created_at = ?, expires_at = ? WHERE token_hash = ?",
                Timestamp.from(Instant.now().minusSeconds(7200)),
                Timestamp.from(Instant.now().minusSeconds(1)),
                sha256(expiring));
        assertThat(send("GET", "/api/v1/me", bearer(expiring)).statusCode()).isEqualTo(401);

        String signedOut = issue(f.member());
        String other = issue(f.member());
        assertThat(send("DELETE", "/api/v1/auth/tokens/current", bearer(signedOut)).statusCode())
                .isEqualTo(204);
        assertThat(send("GET", "/api/v1/me", bearer(signedOut)).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/v1/me", bearer(other)).statusCode())
                .as("the member's other client")
                .isEqualTo(200);
        assertThat(send("DELETE", "/api/v1/auth/tokens", bearer(other)).statusCode())
                .isEqualTo(204);
        assertThat(send("GET", "/api/v1/me", bearer(other)).statusCode())
                .as("signed out everywhere")
                .isEqualTo(401);

        String leaders = issue(f.leader());
        assertThat(send("GET", "/api/v1/me", bearer(leaders)).statusCode()).isEqualTo(200);
        jdbc.update("UPDATE app_user SET enabled = false WHERE username = ?", f.leader());
        assertThat(send("GET", "/api/v1/me", bearer(leaders)).statusCode())
                .as("a deactivated account's token")
                .isEqualTo(401);
        jdbc.update("UPDATE app_user SET enabled = true WHERE username = ?", f.leader());
    }

    @Test
    void onlyAPasswordGetsATokenAndAFailedAttemptMakesNone() throws Exception {
        String token = issue(f.member());
        HttpResponse<String> byToken = send("POST", "/api/v1/auth/tokens", bearer(token));
        assertThat(byToken.statusCode()).isEqualTo(403);
        assertThat(byToken.body()).contains("error.auth.tokenNeedsPassword");
        assertThat(send("POST", "/api/v1/auth/tokens", null).statusCode()).isEqualTo(401);
        assertThat(
                        send(
                                        "POST",
                                        "/api/v1/auth/tokens",
                                        BasicAuth.of(f.leader(), "wrong-password"))
                                .statusCode())
                .isEqualTo(401);
        assertThat(
                        send(
                                        "DELETE",
                                        "/api/v1/auth/tokens/current",
                                        BasicAuth.of(f.member(), Fixtures.PASSWORD))
                                .statusCode())
                .as("a password sign-in has no token to revoke")
                .isEqualTo(400);
        assertThat(tokensOf(f.member())).isEqualTo(1);
        assertThat(tokensOf(f.leader())).isZero();
    }

    @Test
    void anAccountKeepsItsTenNewestTokens() throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            tokens.add(issue(f.member()));
        }
        assertThat(send("GET", "/api/v1/me", bearer(tokens.getFirst())).statusCode())
                .as("the oldest")
                .isEqualTo(401);
        for (String t : tokens.subList(1, 11)) {
            assertThat(send("GET", "/api/v1/me", bearer(t)).statusCode()).isEqualTo(200);
        }
    }

    private String issue(String user) throws Exception {
        HttpResponse<String> issued =
                send("POST", "/api/v1/auth/tokens", BasicAuth.of(user, Fixtures.PASSWORD));
        assertThat(issued.statusCode()).isEqualTo(201);
        return group(TOKEN, issued.body());
    }

    private int tokensOf(String user) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE u.username = ?",
                Integer.class,
                user);
    }

    private static String group(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of()
                .formatHex(
                        MessageDigest.getInstance("SHA-256")
                                .digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(String method, String path, String authorization)
            throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
