package org.sangsaeng.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.InMemoryEngineTest;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The web UI's chain over plain HTTP: security headers, a new session id on sign-in (no session
 * fixation), no POST without the CSRF token, and a message's link that survives signing in. Same
 * context as the browser tests.
 */
@TestPropertySource(properties = "vaadin.productionMode=true")
class UiSecurityIntegrationTests extends InMemoryEngineTest {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @Autowired AccountService accounts;
    @Autowired CoopService coops;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    Fixtures f;

    @BeforeEach
    void givenAMember() {
        f = Fixtures.create(accounts, coops);
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/login", "/c/no-such-token"}) {
            var headers = get(path, null).headers();
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("SAMEORIGIN");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("Cache-Control"))
                    .as(path)
                    .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(
                            v ->
                                    assertThat(v)
                                            .contains(
                                                    "default-src 'self'",
                                                    "object-src 'none'",
                                                    "frame-ancestors 'self'"));
        }
    }

    @Test
    void anAddressThatIsNoPageSendsAnyoneNotSignedInToTheLoginPage() throws Exception {
        for (String path :
                new String[] {"/no-such-page", "/purchase/old-link", "/admin/secret.txt"}) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .as(path)
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void aLinkFromAMessageOnAPhoneSignsInFirstAndThenOpensItsPage() throws Exception {
        String task = "/tasks/2251799813685312";
        HttpResponse<String> link = get(task, null);
        assertThat(link.statusCode()).isEqualTo(302);
        assertThat(link.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        String session =
                session(link)
                        .orElseThrow(() -> new AssertionError("the link's address is not kept"));

        HttpResponse<String> signedIn = signIn(session, csrf(get("/login", session)));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        // Spring Security marks the saved request's address with ?continue; the path is the
        // message's.
        assertThat(signedIn.headers().firstValue("Location"))
                .as("back to the page the message linked")
                .hasValueSatisfying(l -> assertThat(URI.create(l).getPath()).isEqualTo(task));
    }

    @Test
    void signingInGivesANewSessionId() throws Exception {
        HttpResponse<String> page = get("/login", null);
        String before =
                session(page)
                        .orElseThrow(() -> new AssertionError("no session from the login page"));

        HttpResponse<String> signedIn = signIn(before, csrf(page));
        assertThat(signedIn.statusCode()).as(signedIn.headers().map().toString()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String after =
                session(signedIn)
                        .orElseThrow(() -> new AssertionError("no new session after sign-in"));
        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(c -> assertThat(c).contains("HttpOnly", "SameSite=Lax"));
        assertThat(after).isNotEqualTo(before);
        assertThat(get("/", before).statusCode())
                .as("the old session id is not signed in")
                .isIn(302, 401, 403);
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() throws Exception {
        HttpResponse<String> page = get("/login", null);
        String signedIn = session(signIn(session(page).orElseThrow(), csrf(page))).orElseThrow();
        HttpResponse<String> logout =
                http.send(
                        HttpRequest.newBuilder(uri("/logout"))
                                .header("Cookie", "JSESSIONID=" + signedIn)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).as("sign-out without the token").isEqualTo(403);

        // Vaadin's own requests carry Vaadin's token; without it nothing is run and the client is
        // told to reload.
        HttpResponse<String> uidl =
                http.send(
                        HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=0"))
                                .header("Cookie", "JSESSIONID=" + signedIn)
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"csrfToken\":\"forged\",\"rpc\":[],\"syncId\":0,\"clientId\":0}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(uidl.statusCode()).as(uidl.body()).isIn(200, 403);
        assertThat(uidl.body()).as("nothing ran").doesNotContain("\"changes\":[{", "\"execute\"");
    }

    private HttpResponse<String> signIn(String session, String[] csrf) throws Exception {
        String form =
                "username="
                        + URLEncoder.encode(f.member(), StandardCharsets.UTF_8)
                        + "&password="
                        + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8)
                        + (csrf == null
                                ? ""
                                : "&"
                                        + csrf[0]
                                        + "="
                                        + URLEncoder.encode(csrf[1], StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Cookie", "JSESSIONID=" + session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF parameter and token Vaadin puts into the page for Spring Security. */
    private static String[] csrf(HttpResponse<String> page) {
        Matcher token =
                Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        Matcher parameter =
                Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"")
                        .matcher(page.body());
        assertThat(token.find()).as("a CSRF token in the login page").isTrue();
        return new String[] {parameter.find() ? parameter.group(1) : "_csrf", token.group(1)};
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(SESSION::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
