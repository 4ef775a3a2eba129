package org.sangsaeng.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sangsaeng.Fixtures;
import org.sangsaeng.InMemoryEngineTest;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every API answer, good or bad, carries the security headers and opens no session; refusals
 * explain themselves.
 */
class ApiSecurityHeadersIntegrationTests extends InMemoryEngineTest {

    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired JdbcTemplate jdbc;

    BadInput bad;
    Fixtures f;

    @BeforeEach
    void givenAMember() {
        bad = new BadInput(port, jdbc);
        f = Fixtures.create(accounts, coops);
    }

    @ParameterizedTest(name = "{0} {1} as {2}: {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "GET, /api/v1/me, member, 200",
                "GET, /api/v1/me, -, 401",
                "GET, /api/v1/tasks/987654321, member, 404",
                "POST, /api/v1/proposals, member, 400",
                "GET, /actuator/info, member, 403",
                "GET, /v3/api-docs, -, 200"
            })
    void answersCarryTheSecurityHeadersAndNoSession(
            String method, String path, String who, int status) {
        HttpResponse<String> response =
                bad.send(
                        method,
                        path,
                        who == null ? null : f.member(),
                        method.equals("POST") ? "{" : null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        var headers = response.headers();
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(headers.firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(headers.firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        v ->
                                assertThat(v)
                                        .contains(
                                                "default-src 'none'",
                                                "frame-ancestors 'none'",
                                                "sandbox"));
        assertThat(headers.allValues("Set-Cookie")).as("the API is stateless").isEmpty();
        if (status >= 400) {
            assertThat(headers.firstValue("Content-Type"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(response.body()).containsPattern("\"detail\":\"[^\"]{4,}");
            assertThat(headers.firstValue("WWW-Authenticate"))
                    .as("no browser password dialog")
                    .isEmpty();
        }
    }
}
