package org.sangsaeng.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sangsaeng.TestSystem;
import org.sangsaeng.db.TestDatabase;
import org.sangsaeng.web.BasicAuth;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A foundation installs the app on an empty database with its first administrator configured: the
 * administrator can sign in from the moment the server answers, not only once the whole start is
 * over (the engine connected, the processes deployed).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FirstAdminIntegrationTests.FirstRequest.class)
class FirstAdminIntegrationTests {

    static final String ADMIN = "foundation.admin";
    static final String PASSWORD = "a-long-password-1";

    @DynamicPropertySource
    static void system(DynamicPropertyRegistry registry) {
        TestSystem.inMemoryEngine(registry, TestDatabase.newDatabase("first-admin"));
        registry.add("sangsaeng.admin.username", () -> ADMIN);
        registry.add("sangsaeng.admin.password", () -> PASSWORD);
    }

    @Autowired FirstRequest firstRequest;
    @Autowired AccountService accounts;

    @Test
    void theFirstAdministratorSignsInWithTheServersFirstAnswer() {
        assertThat(firstRequest.status.get())
                .as("a sign-in (a token asked for) the moment the web server started")
                .isEqualTo(201);
        assertThat(accounts.hasAccounts()).isTrue();
    }

    /** Signs in as the administrator as soon as the web server takes requests. */
    @TestConfiguration
    static class FirstRequest {

        final AtomicInteger status = new AtomicInteger();

        @EventListener
        void serverStarted(WebServerInitializedEvent started) throws Exception {
            HttpRequest signIn =
                    HttpRequest.newBuilder(
                                    URI.create(
                                            "http://127.0.0.1:"
                                                    + started.getWebServer().getPort()
                                                    + "/api/v1/auth/tokens"))
                            .header("Authorization", BasicAuth.of(ADMIN, PASSWORD))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build();
            try (HttpClient http = HttpClient.newHttpClient()) {
                status.set(http.send(signIn, HttpResponse.BodyHandlers.discarding()).statusCode());
            }
        }
    }
}
