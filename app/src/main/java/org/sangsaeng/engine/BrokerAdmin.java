package org.sangsaeng.engine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The managed broker's management API (127.0.0.1 only), for a backup: pause and resume its
 * processing, read each partition's processed and exported positions, and where its data lives.
 * Zeebe 8.5 and 8.6 both have {@code POST /actuator/partitions/pauseProcessing}; their own backup
 * API needs an S3, GCS or Azure store, which the embedded default does not have.
 */
public class BrokerAdmin {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int managementPort;
    private final Path home;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    BrokerAdmin(int managementPort, Path home) {
        this.managementPort = managementPort;
        this.home = home;
    }

    /** One partition as the broker reports it. */
    public record Partition(
            int id,
            String role,
            long processedPosition,
            long exportedPosition,
            String snapshotId,
            String streamProcessorPhase) {}

    /**
     * The broker's folder: its data ({@code data/}), its log and the audit exporter's signing key.
     */
    public Path home() {
        return home;
    }

    /** The folder the broker keeps its partitions in (ZEEBE_BROKER_DATA_DIRECTORY). */
    public Path dataDirectory() {
        return home.resolve("data");
    }

    public void pauseProcessing() {
        post("/actuator/partitions/pauseProcessing");
    }

    public void resumeProcessing() {
        post("/actuator/partitions/resumeProcessing");
    }

    public Map<Integer, Partition> partitions() {
        JsonNode body = JSON.readTree(get("/actuator/partitions"));
        Map<Integer, Partition> partitions = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : body.properties()) {
            JsonNode p = e.getValue();
            int id = Integer.parseInt(e.getKey());
            partitions.put(
                    id,
                    new Partition(
                            id,
                            p.path("role").asString(""),
                            p.path("processedPosition").asLong(-1),
                            p.path("exportedPosition").asLong(-1),
                            p.path("snapshotId").isNull()
                                    ? null
                                    : p.path("snapshotId").asString(null),
                            p.path("streamProcessorPhase").asString("")));
        }
        return partitions;
    }

    /** The broker's version, as its build says ({@code /actuator/info}). */
    public String version() {
        return JSON.readTree(get("/actuator/info"))
                .path("build")
                .path("version")
                .asString("unknown");
    }

    private String get(String path) {
        return send(
                HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build());
    }

    private void post(String path) {
        send(
                HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + managementPort + path);
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(
                        "The broker answered "
                                + response.statusCode()
                                + " to "
                                + request.method()
                                + " "
                                + request.uri()
                                + ": "
                                + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "The broker's management API at " + request.uri() + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking the broker", e);
        }
    }
}
