package org.sangsaeng.notifications.channels.solapi;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sangsaeng.notifications.channels.MessageRefused;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SOLAPI's message API v4 over HTTP: send one message ({@code POST /messages/v4/send-many/detail}),
 * look messages up ({@code GET /messages/v4/list}), upload an MMS picture ({@code POST
 * /storage/v1/files}). A 429 or 5xx answer, or no answer, is tried again after a growing wait;
 * after a 5xx or no answer the message may have been taken, so the provider is asked for it (by our
 * key in its custom fields) before it is sent again.
 */
final class SolapiClient {

    /** The custom field that carries our idempotency key with every message. */
    static final String KEY_FIELD = "sangsaengKey";

    static final int TRIES = 3;

    /** A message as SOLAPI's list reports it. */
    record Report(String messageId, String type, String statusCode, String reason, String key) {}

    private final SolapiSettings settings;
    private final SolapiSignature signature;
    private final JsonMapper json;
    private final HttpClient http;
    private final Clock clock;

    SolapiClient(SolapiSettings settings, JsonMapper json, Clock clock) {
        this.settings = settings;
        this.signature = new SolapiSignature(settings.apiKey(), settings.apiSecret());
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Sends one message and returns SOLAPI's message id. {@code maybeTakenSince} is set when an
     * earlier attempt may have reached SOLAPI: then it is looked up first, and not sent twice.
     */
    String send(Map<String, Object> message, String key, String to, Instant maybeTakenSince) {
        String body =
                json.writeValueAsString(
                        Map.of("messages", List.of(message), "showMessageList", true));
        Instant since = maybeTakenSince;
        Answer last = null;
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            if (attempt > 1) {
                pause(attempt, last);
            }
            if (since != null) {
                Optional<String> taken = find(to, key, since);
                if (taken.isPresent()) {
                    return taken.get();
                }
            }
            Instant asked = clock.instant();
            last =
                    call(
                            HttpRequest.newBuilder(uri("/messages/v4/send-many/detail"))
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    body, StandardCharsets.UTF_8))
                                    .header("Content-Type", "application/json"));
            if (last.ok()) {
                return accepted(last.body());
            }
            if (last.status() != 429 && !last.maybeTaken()) {
                throw refusedOrUnavailable(last);
            }
            // Too many requests: nothing was taken. A 5xx or no answer: perhaps it was.
            if (last.maybeTaken() && since == null) {
                since = asked;
            }
        }
        throw new IllegalStateException(
                "SOLAPI did not take the message after " + TRIES + " tries: " + describe(last));
    }

    /** SOLAPI's reports of these messages, by message id; those it does not know are left out. */
    Map<String, Report> reports(Collection<String> messageIds) {
        String query =
                messageIds.stream()
                                .map(id -> "messageIds=" + encode(id))
                                .collect(Collectors.joining("&"))
                        + "&limit="
                        + messageIds.size();
        return list(query).stream()
                .collect(Collectors.toMap(Report::messageId, r -> r, (a, b) -> a));
    }

    /** The message with our key sent to this number since then, if SOLAPI has one. */
    Optional<String> find(String to, String key, Instant since) {
        String query =
                "to="
                        + encode(to)
                        + "&dateType=CREATED&startDate="
                        + encode(
                                since.minus(Duration.ofMinutes(1))
                                        .truncatedTo(ChronoUnit.SECONDS)
                                        .toString())
                        + "&limit=100";
        return list(query).stream()
                .filter(r -> key.equals(r.key()))
                .map(Report::messageId)
                .findFirst();
    }

    /**
     * Uploads a JPEG for MMS ({@code POST /storage/v1/files}, type MMS) and returns SOLAPI's file
     * id. A 4xx answer (a picture it will not take) is a {@link MessageRefused}; 429, 5xx and no
     * answer are tried again, and after the last try the outbox tries later (an upload taken twice
     * only leaves a spare file).
     */
    String upload(byte[] jpeg, String name) {
        String body =
                json.writeValueAsString(
                        Map.of(
                                "file",
                                Base64.getEncoder().encodeToString(jpeg),
                                "type",
                                "MMS",
                                "name",
                                name));
        Answer last =
                retrying(
                        () ->
                                HttpRequest.newBuilder(uri("/storage/v1/files"))
                                        .POST(
                                                HttpRequest.BodyPublishers.ofString(
                                                        body, StandardCharsets.UTF_8))
                                        .header("Content-Type", "application/json"));
        if (last.ok()) {
            String fileId = json.readTree(last.body()).path("fileId").asString(null);
            if (fileId == null || fileId.isBlank()) {
                throw new IllegalStateException(
                        "SOLAPI took the picture but gave no file id: " + describe(last));
            }
            return fileId;
        }
        if (last.status() != 429 && !last.maybeTaken()) {
            throw refusedOrUnavailable(last);
        }
        throw new IllegalStateException(
                "SOLAPI did not take the picture after " + TRIES + " tries: " + describe(last));
    }

    private List<Report> list(String query) {
        Answer last =
                retrying(() -> HttpRequest.newBuilder(uri("/messages/v4/list?" + query)).GET());
        if (last.ok()) {
            List<Report> reports = new ArrayList<>();
            for (JsonNode m : json.readTree(last.body()).path("messageList")) {
                reports.add(
                        new Report(
                                m.path("messageId").asString(null),
                                m.path("type").asString(null),
                                m.path("statusCode").asString(null),
                                reasonOf(m),
                                m.path("customFields").path(KEY_FIELD).asString(null)));
            }
            return reports;
        }
        // Not knowing whether a message was taken, it must not be sent again: the outbox tries
        // later.
        throw new IllegalStateException("SOLAPI message list unavailable: " + describe(last));
    }

    /**
     * A request that changes nothing when repeated: tried again after 429, 5xx or no answer; the
     * last answer.
     */
    private Answer retrying(Supplier<HttpRequest.Builder> request) {
        Answer last = null;
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            if (attempt > 1) {
                pause(attempt, last);
            }
            last = call(request.get());
            if (last.ok() || (last.status() != 429 && !last.maybeTaken())) {
                return last;
            }
        }
        return last;
    }

    private String accepted(String body) {
        JsonNode answer = json.readTree(body);
        JsonNode failed = answer.path("failedMessageList");
        if (failed.isArray() && !failed.isEmpty()) {
            JsonNode first = failed.get(0);
            throw new MessageRefused(
                    "SOLAPI "
                            + first.path("statusCode").asString("")
                            + ": "
                            + first.path("statusMessage").asString(""));
        }
        // An array in the SDK's schema; an object keyed by message id in the list API: both iterate
        // their messages.
        for (JsonNode message : answer.path("messageList")) {
            return message.path("messageId").asString(null);
        }
        return null;
    }

    private RuntimeException refusedOrUnavailable(Answer answer) {
        // A wrong key, secret or clock is the account's problem, not the message's: tried again
        // later.
        if (answer.status() == 401 || answer.status() == 403) {
            return new IllegalStateException("SOLAPI refused the account: " + describe(answer));
        }
        return new MessageRefused("SOLAPI refused the message: " + describe(answer));
    }

    private Answer call(HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(10))
                .header("Authorization", signature.header(clock.instant()));
        try {
            HttpResponse<String> response =
                    http.send(
                            request.build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Retry-After").orElse(null),
                    null);
        } catch (IOException e) {
            return new Answer(-1, null, null, e.getClass().getSimpleName() + " " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling SOLAPI", e);
        }
    }

    private void pause(int attempt, Answer last) {
        Duration wait = settings.backOff().multipliedBy(1L << (attempt - 2));
        if (last != null && last.retryAfter() != null && last.retryAfter().matches("\\d{1,3}")) {
            wait = Duration.ofSeconds(Math.min(Long.parseLong(last.retryAfter()), 5));
        }
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to call SOLAPI again", e);
        }
    }

    private String reasonOf(JsonNode message) {
        String reason = message.path("reason").asString(null);
        if (reason == null || reason.isBlank()) {
            reason = message.path("statusMessage").asString(null);
        }
        return reason == null || reason.isBlank()
                ? SolapiStatus.describe(message.path("statusCode").asString(""))
                : reason;
    }

    /** What went wrong, in SOLAPI's words where it gave them ({@code errorCode: errorMessage}). */
    private String describe(Answer answer) {
        if (answer.status() == -1) {
            return "no answer (" + answer.ioError() + ")";
        }
        String body = answer.body() == null ? "" : answer.body();
        try {
            JsonNode error = json.readTree(body);
            if (error.hasNonNull("errorCode")) {
                return "HTTP "
                        + answer.status()
                        + " "
                        + error.path("errorCode").asString()
                        + ": "
                        + error.path("errorMessage").asString("");
            }
        } catch (JacksonException e) {
            // not JSON: shown as it came
        }
        return "HTTP "
                + answer.status()
                + (body.isBlank() ? "" : " " + body.substring(0, Math.min(body.length(), 200)));
    }

    private URI uri(String path) {
        return URI.create(settings.baseUrl().toString().replaceAll("/+$", "") + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One HTTP answer; status -1 when none came (connection refused, timeout). */
    private record Answer(int status, String body, String retryAfter, String ioError) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean maybeTaken() {
            return status == -1 || status >= 500;
        }
    }
}
