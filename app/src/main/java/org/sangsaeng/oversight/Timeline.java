package org.sangsaeng.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an instance's audit rows into timeline entries, element counts and the flows taken. An
 * instance with more audit rows than {@link #LIMIT} shows the first ones and says it was cut.
 */
final class Timeline {

    private static final int DETAIL_LENGTH = 300;

    static final int LIMIT = 5_000;

    /** The instance's timeline, from its first {@link #LIMIT} audit event rows. */
    static Timeline of(long instanceKey, NamedParameterJdbcTemplate jdbc, JsonMapper json) {
        List<Audit> rows =
                jdbc.query(
                        """
                SELECT partition_id, position, record_key, value_type, intent, record_time, element_id, element_type,
                       completed_by, value_json
                  FROM audit_record
                 WHERE process_instance_key = :key AND record_type = 'EVENT'
                 ORDER BY partition_id, position LIMIT :limit""",
                        new MapSqlParameterSource("key", instanceKey).addValue("limit", LIMIT + 1),
                        Timeline::audit);
        Timeline timeline = new Timeline(json, rows.size() > LIMIT);
        rows.stream().limit(LIMIT).forEach(timeline::add);
        return timeline;
    }

    /** One audit event row of the instance. */
    record Audit(
            int partitionId,
            long position,
            long key,
            String valueType,
            String intent,
            LocalDateTime time,
            String elementId,
            String elementType,
            String completedBy,
            String valueJson) {}

    private static Audit audit(ResultSet rs, int n) throws SQLException {
        return new Audit(
                rs.getInt("partition_id"),
                rs.getLong("position"),
                rs.getLong("record_key"),
                rs.getString("value_type"),
                rs.getString("intent"),
                rs.getObject("record_time", LocalDateTime.class),
                rs.getString("element_id"),
                rs.getString("element_type"),
                rs.getString("completed_by"),
                rs.getString("value_json"));
    }

    private final JsonMapper json;
    private final List<TimelineEntry> entries = new ArrayList<>();
    private final Map<Long, LocalDateTime> started = new HashMap<>();
    private final Map<String, int[]> runs = new LinkedHashMap<>();
    private final Set<String> flows = new LinkedHashSet<>();

    private final boolean cut;

    private Timeline(JsonMapper json, boolean cut) {
        this.json = json;
        this.cut = cut;
    }

    void add(Audit a) {
        switch (a.valueType()) {
            case "PROCESS_INSTANCE" -> element(a);
            case "JOB" -> {
                JsonNode v = value(a);
                switch (a.intent()) {
                    case "CREATED" ->
                            entry(
                                    a,
                                    TimelineEntry.Kind.JOB,
                                    null,
                                    null,
                                    v.path("type").asString(""));
                    case "COMPLETED" ->
                            entry(
                                    a,
                                    TimelineEntry.Kind.JOB,
                                    null,
                                    a.completedBy(),
                                    v.path("type").asString(""));
                    case "FAILED", "TIMED_OUT" ->
                            entry(
                                    a,
                                    TimelineEntry.Kind.JOB,
                                    null,
                                    null,
                                    v.path("type").asString("")
                                            + " "
                                            + v.path("errorMessage").asString(""));
                    case "ERROR_THROWN" ->
                            entry(
                                    a,
                                    TimelineEntry.Kind.JOB,
                                    null,
                                    a.completedBy(),
                                    v.path("errorCode").asString("")
                                            + " "
                                            + v.path("errorMessage").asString(""));
                    default -> {}
                }
            }
            case "USER_TASK" -> {
                if ("CREATED".equals(a.intent())
                        || "COMPLETED".equals(a.intent())
                        || "CANCELED".equals(a.intent())) {
                    entry(
                            a,
                            TimelineEntry.Kind.USER_TASK,
                            null,
                            a.completedBy(),
                            value(a).path("assignee").asString(""));
                }
            }
            case "VARIABLE" -> {
                if ("CREATED".equals(a.intent()) || "UPDATED".equals(a.intent())) {
                    JsonNode v = value(a);
                    entry(
                            a,
                            TimelineEntry.Kind.VARIABLE,
                            null,
                            null,
                            v.path("name").asString("") + " = " + v.path("value").asString(""));
                }
            }
            case "TIMER" -> {
                if ("CREATED".equals(a.intent())
                        || "TRIGGERED".equals(a.intent())
                        || "CANCELED".equals(a.intent())) {
                    long due = value(a).path("dueDate").asLong(0);
                    entry(
                            a,
                            TimelineEntry.Kind.TIMER,
                            null,
                            null,
                            due > 0 ? Instant.ofEpochMilli(due).toString() : "");
                }
            }
            case "PROCESS_MESSAGE_SUBSCRIPTION" -> {
                if ("CORRELATED".equals(a.intent())) {
                    JsonNode v = value(a);
                    entry(
                            a,
                            TimelineEntry.Kind.MESSAGE,
                            null,
                            null,
                            v.path("messageName").asString("")
                                    + " ("
                                    + v.path("correlationKey").asString("")
                                    + ")");
                }
            }
            case "INCIDENT" -> {
                if ("CREATED".equals(a.intent()) || "RESOLVED".equals(a.intent())) {
                    JsonNode v = value(a);
                    entry(
                            a,
                            TimelineEntry.Kind.INCIDENT,
                            null,
                            null,
                            v.path("errorType").asString("")
                                    + ": "
                                    + v.path("errorMessage").asString(""));
                }
            }
            default -> {}
        }
    }

    private void element(Audit a) {
        if ("SEQUENCE_FLOW_TAKEN".equals(a.intent())) {
            flows.add(a.elementId());
            return;
        }
        boolean process = "PROCESS".equals(a.elementType());
        int[] counts =
                process || a.elementId() == null
                        ? null
                        : runs.computeIfAbsent(a.elementId(), id -> new int[3]);
        switch (a.intent()) {
            case "ELEMENT_ACTIVATING" -> started.put(a.key(), a.time());
            case "ELEMENT_ACTIVATED" -> {
                if (counts != null) {
                    counts[2]++;
                }
                entry(a, TimelineEntry.Kind.ELEMENT, null, null, null);
            }
            case "ELEMENT_COMPLETED", "ELEMENT_TERMINATED" -> {
                boolean completed = "ELEMENT_COMPLETED".equals(a.intent());
                if (counts != null) {
                    counts[2] = Math.max(0, counts[2] - 1);
                    counts[completed ? 0 : 1]++;
                }
                LocalDateTime from = started.remove(a.key());
                Long duration = from == null ? null : Duration.between(from, a.time()).toMillis();
                entry(a, TimelineEntry.Kind.ELEMENT, duration, null, null);
            }
            default -> {}
        }
    }

    private void entry(
            Audit a, TimelineEntry.Kind kind, Long duration, String actor, String detail) {
        String shown =
                detail == null || detail.isBlank()
                        ? null
                        : detail.length() > DETAIL_LENGTH
                                ? detail.substring(0, DETAIL_LENGTH) + "…"
                                : detail.strip();
        entries.add(
                new TimelineEntry(
                        a.partitionId(),
                        a.position(),
                        ProcessIndexer.instant(a.time()),
                        kind,
                        a.intent(),
                        a.elementId(),
                        a.elementType(),
                        duration,
                        actor,
                        shown));
    }

    private JsonNode value(Audit a) {
        return json.readTree(a.valueJson()).path("value");
    }

    List<TimelineEntry> entries() {
        return entries;
    }

    List<ElementRuns> elements() {
        return runs.entrySet().stream()
                .map(
                        e ->
                                new ElementRuns(
                                        e.getKey(),
                                        e.getValue()[0],
                                        e.getValue()[1],
                                        e.getValue()[2]))
                .toList();
    }

    Set<String> flowsTaken() {
        return flows;
    }

    /** Whether rows were left out beyond {@link #LIMIT}. */
    boolean cut() {
        return cut;
    }
}
