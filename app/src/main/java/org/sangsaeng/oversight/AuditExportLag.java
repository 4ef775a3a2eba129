package org.sangsaeng.oversight;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sangsaeng.shared.Snapshot;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many records the broker has written to its log that the audit trail does not hold yet, per
 * partition and in all: the newest position the broker committed (its own metric {@code
 * zeebe_log_appender_last_committed_position}, read from its management endpoint) minus the newest
 * position in {@code audit_record}. The gateway the app talks to tells nothing of positions, so the
 * broker's management endpoint is the one cheap place that knows; without its address (a remote
 * broker and no {@code SANGSAENG_BROKER_METRICS_URL}) the lag is unknown, not zero.
 *
 * <p>The exporter leaves out record types the trail does not need (job batches, checkpoints), and
 * the broker counts a record left out as exported ({@code zeebe_exporter_last_exported_position} of
 * the {@code audit} exporter); so the trail's newest position is the larger of the table's and that
 * one, or an idle broker whose last records were left out would show a lag that never closes.
 */
@Component
class AuditExportLag {

    static final String COMMITTED = "zeebe_log_appender_last_committed_position";
    static final String EXPORTED = "zeebe_exporter_last_exported_position";
    private static final Pattern SAMPLE = Pattern.compile("^(\\w+)\\{([^}]*)}\\s+(\\S+)");
    private static final Pattern PARTITION = Pattern.compile("partition=\"(\\d+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    /**
     * The lag in records (null when the broker could not be asked, with the reason) and its parts
     * per partition.
     */
    record Reading(
            Long records,
            Map<Integer, Long> committed,
            Map<Integer, Long> inTrail,
            String problem) {}

    private final JdbcTemplate jdbc;
    private final String brokerMetricsUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Snapshot<Reading> snapshot = new Snapshot<>(Snapshot.METRICS_MAX_AGE, this::read);

    AuditExportLag(
            JdbcTemplate jdbc,
            @Value("${sangsaeng.monitoring.broker-metrics-url:}") String brokerMetricsUrl,
            @Value("${sangsaeng.engine.mode:managed}") String engineMode,
            @Value("${sangsaeng.engine.managed.management-port:9600}") int managementPort) {
        this.jdbc = jdbc;
        // The managed broker is ours, on this host: its management port is known.
        this.brokerMetricsUrl =
                brokerMetricsUrl.isBlank() && engineMode.equals("managed")
                        ? "http://127.0.0.1:" + managementPort + "/actuator/prometheus"
                        : brokerMetricsUrl;
    }

    Reading reading() {
        return snapshot.get();
    }

    private Reading read() {
        Map<Integer, Long> inTrail = new TreeMap<>();
        jdbc.query(
                "SELECT partition_id, MAX(position) FROM audit_record GROUP BY partition_id",
                rs -> {
                    inTrail.put(rs.getInt(1), rs.getLong(2));
                });
        if (brokerMetricsUrl.isBlank()) {
            return new Reading(
                    null,
                    Map.of(),
                    inTrail,
                    "no broker metrics address (SANGSAENG_BROKER_METRICS_URL)");
        }
        String text;
        try {
            HttpResponse<String> response =
                    http.send(
                            HttpRequest.newBuilder(URI.create(brokerMetricsUrl))
                                    .timeout(TIMEOUT)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return new Reading(
                        null,
                        Map.of(),
                        inTrail,
                        "the broker's metrics answered " + response.statusCode());
            }
            text = response.body();
        } catch (java.io.IOException e) {
            return new Reading(
                    null, Map.of(), inTrail, "the broker's metrics are unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reading(null, Map.of(), inTrail, "interrupted");
        }
        Map<Integer, Long> committed = new TreeMap<>();
        Map<Integer, Long> skipped = new TreeMap<>();
        text.lines()
                .forEach(
                        line -> {
                            Matcher m = SAMPLE.matcher(line);
                            if (!m.find()) {
                                return;
                            }
                            Matcher partition = PARTITION.matcher(m.group(2));
                            if (!partition.find()) {
                                return;
                            }
                            int p = Integer.parseInt(partition.group(1));
                            long value = (long) Double.parseDouble(m.group(3));
                            if (m.group(1).equals(COMMITTED)) {
                                committed.merge(p, value, Math::max);
                            } else if (m.group(1).equals(EXPORTED)
                                    && m.group(2).contains("exporter=\"audit\"")) {
                                skipped.merge(p, value, Math::max);
                            }
                        });
        if (committed.isEmpty()) {
            return new Reading(
                    null, committed, inTrail, "the broker's metrics name no committed position");
        }
        long lag = 0;
        Map<Integer, Long> trail = new TreeMap<>(inTrail);
        skipped.forEach((p, position) -> trail.merge(p, position, Math::max));
        for (var partition : committed.entrySet()) {
            lag += Math.max(0, partition.getValue() - trail.getOrDefault(partition.getKey(), 0L));
        }
        return new Reading(lag, committed, trail, null);
    }
}
