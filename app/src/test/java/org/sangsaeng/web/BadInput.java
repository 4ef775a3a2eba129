package org.sangsaeng.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends what a careless or hostile client sends to the REST API and checks the answer: a 4xx with
 * the project's problem JSON and a message, and nothing changed in the tables the call touches.
 */
public final class BadInput {

    /** Text that must be stored and shown as text, never run: markup, script and SQL. */
    public static final String SCRIPT = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    public static final String SQL = "'); DROP TABLE app_user; -- \" OR 1=1 #";

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private final int port;
    private final JdbcTemplate jdbc;

    public BadInput(int port, JdbcTemplate jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    /** Fragments that must reach the database and the pages as plain text. */
    public static Stream<String> hostileTexts() {
        return Stream.of(SCRIPT, SQL);
    }

    /** A JSON string literal of the text. */
    public static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * The JSON body with the value of {@code field} (its first occurrence; an array or a scalar)
     * replaced.
     */
    public static String with(String body, String field, String value) {
        Matcher m =
                Pattern.compile(
                                "\""
                                        + field
                                        + "\":(\\[[^\\]]*\\]|\"(\\\\.|[^\"\\\\])*\"|[^,}\\]]*)")
                        .matcher(body);
        assertThat(m.find()).as(field + " in " + body).isTrue();
        return body.substring(0, m.start())
                + "\""
                + field
                + "\":"
                + value
                + body.substring(m.end());
    }

    public HttpResponse<String> send(String method, String path, String user, String body) {
        return send(method, path, user, "application/json", body);
    }

    public HttpResponse<String> send(
            String method, String path, String user, String contentType, String body) {
        HttpRequest.Builder request =
                LocalHttp.request(port, path)
                        .header("Content-Type", contentType)
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body));
        return send(request, user);
    }

    public HttpResponse<String> send(HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header("Authorization", BasicAuth.of(user));
        }
        return LocalHttp.send(request);
    }

    /** Sends a request that must succeed (2xx) and returns the body. */
    public String ok(String method, String path, String user, String body) {
        HttpResponse<String> response = send(method, path, user, body);
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isBetween(200, 299);
        return response.body();
    }

    /** A JSON body, to read stored texts back exactly. */
    public static JsonNode tree(String body) {
        return JsonMapper.shared().readTree(body);
    }

    /** The status of a GET with this Authorization header (Basic or Bearer). */
    public int status(String path, String authorization) {
        return LocalHttp.get(port, path, authorization).statusCode();
    }

    /** A new API token for the user, as the phone app asks for one after signing in. */
    public String token(String user) {
        return tree(ok("POST", "/api/v1/auth/tokens", user, null)).get("token").asString();
    }

    /** The first {@code "id":n} of a JSON body. */
    public static long id(String body) {
        Matcher m = ID.matcher(body);
        assertThat(m.find()).as("an id in " + body).isTrue();
        return Long.parseLong(m.group(1));
    }

    /**
     * Sends the request and expects {@code status} with a problem JSON that explains it, and {@code
     * state} the same before and after.
     */
    public HttpResponse<String> refused(
            int status, String method, String path, String user, String body, Supplier<?> state) {
        return refused(status, () -> send(method, path, user, body), state);
    }

    /** {@link #refused} for a POST: the body of the problem that explains the refusal. */
    public String refusedPost(
            int status, String path, String user, String body, Supplier<?> state) {
        return refused(status, "POST", path, user, body, state).body();
    }

    public HttpResponse<String> refused(
            int status, Supplier<HttpResponse<String>> call, Supplier<?> state) {
        Object before = state.get();
        HttpResponse<String> response = call.get();
        String what =
                response.request().method()
                        + " "
                        + response.request().uri().getPath()
                        + " -> "
                        + response.statusCode()
                        + " "
                        + response.body();
        assertThat(response.statusCode()).as(what).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .as(what)
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .as(what)
                .containsPattern("\"detail\":\"[^\"]{4,}")
                .containsPattern("\"code\":\"[a-z]+\\.");
        assertThat(state.get()).as("nothing changed by " + what).isEqualTo(before);
        return response;
    }

    /**
     * Bodies no endpoint can take: cut-off JSON, JSON of another shape, a non-JSON content type and
     * 2 MB of JSON (with its length declared, and chunked without one): each refused, nothing
     * changed.
     */
    public void refusesGarbage(String method, String path, String user, Supplier<?> state) {
        for (String body :
                new String[] {"{", "{\"title\":", "[1,2", "\"just text\"", "nul", "null", ""}) {
            refused(400, method, path, user, body, state);
        }
        refused(415, () -> send(method, path, user, "application/xml", "<a/>"), state);
        String huge = "{\"title\":\"" + "가".repeat(700_000) + "\"}";
        refused(413, () -> send(method, path, user, huge), state);
        refused(
                413,
                () ->
                        send(
                                HttpRequest.newBuilder(
                                                URI.create("http://localhost:" + port + path))
                                        .header("Content-Type", "application/json")
                                        .method(
                                                method,
                                                HttpRequest.BodyPublishers.ofInputStream(
                                                        () ->
                                                                new ByteArrayInputStream(
                                                                        huge.getBytes(
                                                                                StandardCharsets
                                                                                        .UTF_8)))),
                                user),
                state);
    }

    /** The rows of the tables as a checksum each: any insert, update or delete changes it. */
    public Supplier<Map<String, Object>> tables(String... tables) {
        return () -> {
            Map<String, Object> sums = new LinkedHashMap<>();
            for (String table : tables) {
                sums.put(table, jdbc.queryForMap("checksum table " + table).get("Checksum"));
            }
            return sums;
        };
    }

    /**
     * The rows a query finds, as stored. Preferred over whole tables where processes of other tests
     * may still be writing to the same table.
     */
    public Supplier<List<Map<String, Object>>> rows(String sql, Object... arguments) {
        return () -> jdbc.queryForList(sql, arguments);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }
}
