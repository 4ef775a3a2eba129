package org.sangsaeng.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sangsaeng.Fixtures;
import org.sangsaeng.web.BadInput;
import org.sangsaeng.web.BadInputTest;

/**
 * The sign-in API (bearer tokens) refuses malformed credentials, script and SQL in them, bodies
 * over 1 MB, a token asking for a token and the wrong kind of sign-out, each with a message, and
 * makes or revokes no token then.
 */
class ApiTokenApiBadInputIntegrationTests extends BadInputTest {

    static final String TOKENS = "/api/v1/auth/tokens";

    Supplier<?> tokens;

    @BeforeEach
    void givenTheTokens() {
        tokens =
                bad.rows(
                        "select token_hash, user_id, expires_at from api_token order by token_hash");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bearer ",
                "Bearer sst_",
                "Bearer sst_<script>alert('x')</script>",
                "Bearer ' OR 1=1 --",
                "Bearer sst_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%",
                "Basic ",
                "Basic !!!not-base64!!!",
                "Basic a2ltLmJha2VyeQ==",
                "Basic JyBPUiAxPTEgLS06eA==",
                "Digest username=\"kim\"",
                "sst_bare-token"
            })
    void malformedCredentialsAreRefused(String authorization) {
        // "Basic a2ltLmJha2VyeQ==" has no password part; "Basic JyBPUiAxPTEgLS06eA==" is "' OR 1=1
        // --:x".
        HttpResponse<String> response =
                bad.refused(
                        401,
                        () ->
                                bad.send(
                                        request("POST", TOKENS)
                                                .header("Authorization", authorization),
                                        null),
                        tokens);
        assertThat(response.body()).doesNotContain("<script>", "OR 1=1");
    }

    @Test
    void scriptAndSqlAsTheUserNameAreJustAWrongPassword() {
        for (String name : BadInput.hostileTexts().toList()) {
            String basic =
                    Base64.getEncoder()
                            .encodeToString(
                                    (name + ":" + Fixtures.PASSWORD)
                                            .getBytes(StandardCharsets.UTF_8));
            bad.refused(
                    401,
                    () ->
                            bad.send(
                                    request("POST", TOKENS)
                                            .header("Authorization", "Basic " + basic),
                                    null),
                    tokens);
        }
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedBeforeItIsRead() {
        String huge = "{\"name\":\"" + "가".repeat(700_000) + "\"}";
        bad.refused(413, "POST", TOKENS, f.member(), huge, tokens);
    }

    @Test
    void aTokenDoesNotMakeATokenAndAPasswordSignInHasNoTokenToRevoke() {
        String token =
                BadInput.tree(bad.ok("POST", TOKENS, f.member(), null)).get("token").asText();
        tokens =
                bad.rows(
                        "select token_hash, user_id, expires_at from api_token order by token_hash");
        HttpResponse<String> byToken =
                bad.refused(
                        403,
                        () ->
                                bad.send(
                                        request("POST", TOKENS)
                                                .header("Authorization", "Bearer " + token),
                                        null),
                        tokens);
        assertThat(byToken.body()).contains("error.auth.tokenNeedsPassword");
        HttpResponse<String> byPassword =
                bad.refused(400, "DELETE", TOKENS + "/current", f.member(), null, tokens);
        assertThat(byPassword.body()).contains("error.auth.notByToken");
    }

    @Test
    void unknownPathsAndMethodsAreRefused() {
        bad.refused(404, "DELETE", TOKENS + "/987654321", f.member(), null, tokens);
        bad.refused(405, "GET", TOKENS, f.member(), null, tokens);
        bad.refused(405, "PUT", TOKENS + "/current", f.member(), null, tokens);
    }

    private HttpRequest.Builder request(String method, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
    }
}
