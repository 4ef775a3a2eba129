package org.sangsaeng.oversight;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coop.CoopSummary;
import org.sangsaeng.membership.CoopMembership;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessSummary;
import org.sangsaeng.shared.BusinessView;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The process explorer: finds process instances in the index the {@link ProcessIndexer} keeps, and
 * tells one instance's story from its audit rows. The foundation and admins see every instance; a
 * co-op leader sees the instances of the co-ops they lead; nobody else may look. No transaction
 * spans a call: every read is one statement, and a business view that finds nothing must not mark a
 * surrounding transaction for rollback.
 */
@Service
public class ProcessExplorer {

    /** An instance with more audit rows than this shows the first ones and says it was cut. */
    static final int TIMELINE_LIMIT = 5_000;

    /** The most instances one search page returns. */
    static final int MAX_PAGE = 500;

    private static final String INSTANCE_COLUMNS =
            """
            i.instance_key, i.bpmn_process_id, i.process_version, i.process_definition_key, i.coop_id, i.business_key, i.state,
            i.open_incidents, i.started_at, i.ended_at, i.parent_instance_key""";

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUsers currentUsers;
    private final CoopService coops;
    private final JsonMapper json;
    private final List<BusinessView> businessViews;

    ProcessExplorer(
            NamedParameterJdbcTemplate jdbc,
            CurrentUsers currentUsers,
            CoopService coops,
            JsonMapper json,
            List<BusinessView> businessViews) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.coops = coops;
        this.json = json;
        this.businessViews = businessViews;
    }

    /** A page of matching instances, newest first. */
    public List<InstanceSummary> search(InstanceQuery query, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(query, readableCoops(query), params);
        params.addValue("offset", Math.max(0, offset))
                .addValue("limit", Math.clamp(limit, 1, MAX_PAGE));
        List<Row> rows =
                jdbc.query(
                        "SELECT "
                                + INSTANCE_COLUMNS
                                + " FROM oversight_instance i"
                                + where
                                + " ORDER BY i.started_at DESC, i.instance_key DESC LIMIT :limit OFFSET :offset",
                        params,
                        ProcessExplorer::row);
        return summaries(rows);
    }

    public long count(InstanceQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(query, readableCoops(query), params);
        Long n =
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM oversight_instance i" + where, params, Long.class);
        return n == null ? 0 : n;
    }

    /** The process ids that have instances, for the search form. */
    public List<String> processIds() {
        readableCoops(InstanceQuery.all());
        return jdbc.getJdbcTemplate()
                .queryForList(
                        "SELECT DISTINCT bpmn_process_id FROM oversight_instance ORDER BY bpmn_process_id",
                        String.class);
    }

    /** The co-ops the signed-in user may explore (all for the foundation and admins). */
    public List<CoopSummary> coops() {
        Set<Long> led = scope();
        return coops.listCoops().stream().filter(c -> led == null || led.contains(c.id())).toList();
    }

    public InstanceSummary instance(long key) {
        InstanceSummary summary = find(key);
        requireReader(summary);
        return summary;
    }

    /**
     * One instance with its timeline, element counts, flows taken, called instances and business
     * object.
     */
    public InstanceDetail detail(long key) {
        InstanceSummary summary = instance(key);
        List<Audit> rows =
                jdbc.query(
                        """
                SELECT partition_id, position, record_key, value_type, intent, record_time, element_id, element_type,
                       completed_by, value_json
                  FROM audit_record
                 WHERE process_instance_key = :key AND record_type = 'EVENT'
                 ORDER BY partition_id, position LIMIT :limit""",
                        new MapSqlParameterSource("key", key).addValue("limit", TIMELINE_LIMIT + 1),
                        ProcessExplorer::audit);
        boolean cut = rows.size() > TIMELINE_LIMIT;
        if (cut) {
            rows = rows.subList(0, TIMELINE_LIMIT);
        }
        Timeline timeline = new Timeline(json);
        rows.forEach(timeline::add);
        List<InstanceSummary> children =
                summaries(
                        jdbc.query(
                                "SELECT "
                                        + INSTANCE_COLUMNS
                                        + " FROM oversight_instance i WHERE i.parent_instance_key = :key ORDER BY i.started_at",
                                new MapSqlParameterSource("key", key),
                                ProcessExplorer::row));
        return new InstanceDetail(
                summary,
                timeline.entries(),
                timeline.elements(),
                timeline.flowsTaken(),
                children,
                business(summary.businessKey(), currentUsers.require().locale()),
                cut);
    }

    /**
     * The BPMN XML of the exact process version the instance ran: as the engine recorded it when it
     * was deployed, or else (rows exported before the explorer) the model this app ships.
     */
    public String diagram(long key) {
        InstanceSummary instance = instance(key);
        List<String> deployed =
                jdbc.queryForList(
                        """
                SELECT value_json FROM audit_record
                 WHERE value_type = 'PROCESS' AND intent = 'CREATED' AND record_key = :definition LIMIT 1""",
                        Map.of("definition", instance.definitionKey()),
                        String.class);
        if (!deployed.isEmpty()) {
            String resource =
                    json.readTree(deployed.getFirst()).path("value").path("resource").asString("");
            if (!resource.isEmpty()) {
                return new String(Base64.getDecoder().decode(resource), StandardCharsets.UTF_8);
            }
        }
        ClassPathResource shipped =
                new ClassPathResource("processes/" + instance.processId() + ".bpmn");
        try (InputStream in = shipped.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NotFoundException("error.explorer.noDiagram");
        }
    }

    // --- shared with the export ---

    /** The instance, or 404; no authorisation. */
    InstanceSummary find(long key) {
        List<Row> rows =
                jdbc.query(
                        "SELECT "
                                + INSTANCE_COLUMNS
                                + " FROM oversight_instance i WHERE i.instance_key = :key",
                        Map.of("key", key),
                        ProcessExplorer::row);
        if (rows.isEmpty()) {
            throw new NotFoundException("error.explorer.instanceNotFound", key);
        }
        return summaries(rows).getFirst();
    }

    void requireReader(InstanceSummary summary) {
        Set<Long> led = scope();
        if (led != null && (summary.coopId() == null || !led.contains(summary.coopId()))) {
            throw new AccessDeniedException("error.explorer.otherCoop");
        }
    }

    /**
     * The co-ops the signed-in user may read within a query, or null for all; refuses a co-op not
     * theirs.
     */
    Set<Long> readableCoops(InstanceQuery query) {
        Set<Long> led = scope();
        if (led != null && query.coopId() != null && !led.contains(query.coopId())) {
            throw new AccessDeniedException("error.explorer.otherCoop");
        }
        return led;
    }

    String where(InstanceQuery q, Set<Long> readable, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (readable != null) {
            conditions.add("i.coop_id IN (:readable)");
            params.addValue("readable", readable);
        }
        if (q.processId() != null) {
            conditions.add("i.bpmn_process_id = :processId");
            params.addValue("processId", q.processId());
        }
        if (q.coopId() != null) {
            conditions.add("i.coop_id = :coopId");
            params.addValue("coopId", q.coopId());
        }
        if (q.state() != null) {
            conditions.add(
                    q.state() == InstanceState.INCIDENT
                            ? "i.open_incidents > 0"
                            : "i.state = :state AND i.open_incidents = 0");
            params.addValue("state", q.state().name());
        }
        if (q.from() != null) {
            conditions.add("i.started_at >= :from");
            params.addValue("from", q.startUtc());
        }
        if (q.to() != null) {
            conditions.add("i.started_at < :to");
            params.addValue("to", q.endUtc());
        }
        if (q.businessKey() != null) {
            conditions.add("i.business_key = :businessKey");
            params.addValue("businessKey", q.businessKey());
        }
        if (q.participant() != null) {
            conditions.add(
                    "EXISTS (SELECT 1 FROM oversight_participant p"
                            + " WHERE p.username = :participant AND p.instance_key = i.instance_key)");
            params.addValue("participant", q.participant());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /**
     * Null for the foundation and admins (everything); the led co-ops for a leader; refused
     * otherwise.
     */
    private Set<Long> scope() {
        CurrentUser me = currentUsers.require();
        if (me.overseesAll()) {
            return null;
        }
        Set<Long> led =
                me.memberships().stream()
                        .filter(CoopMembership::leader)
                        .map(CoopMembership::coopId)
                        .collect(Collectors.toSet());
        if (led.isEmpty()) {
            throw new AccessDeniedException("error.explorer.notAllowed");
        }
        return led;
    }

    private BusinessSummary business(String businessKey, java.util.Locale locale) {
        if (businessKey == null) {
            return null;
        }
        for (BusinessView view : businessViews) {
            if (businessKey.startsWith(view.prefix())) {
                try {
                    return view.summary(
                                    Long.parseLong(businessKey.substring(view.prefix().length())),
                                    locale)
                            .orElse(null);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private List<InstanceSummary> summaries(List<Row> rows) {
        Map<Long, String> names =
                coops.listCoops().stream()
                        .collect(Collectors.toMap(CoopSummary::id, CoopSummary::name, (a, b) -> a));
        return rows.stream()
                .map(r -> r.summary(r.coopId() == null ? null : names.get(r.coopId())))
                .toList();
    }

    private record Row(
            long key,
            String processId,
            int version,
            long definitionKey,
            Long coopId,
            String businessKey,
            String state,
            int openIncidents,
            LocalDateTime startedAt,
            LocalDateTime endedAt,
            Long parentKey) {

        InstanceSummary summary(String coopName) {
            InstanceState shown =
                    openIncidents > 0 ? InstanceState.INCIDENT : InstanceState.valueOf(state);
            return new InstanceSummary(
                    key,
                    processId,
                    version,
                    definitionKey,
                    coopId,
                    coopName,
                    businessKey,
                    shown,
                    openIncidents,
                    ProcessIndexer.instant(startedAt),
                    ProcessIndexer.instant(endedAt),
                    parentKey);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("instance_key"),
                rs.getString("bpmn_process_id"),
                rs.getInt("process_version"),
                rs.getLong("process_definition_key"),
                rs.getObject("coop_id", Long.class),
                rs.getString("business_key"),
                rs.getString("state"),
                rs.getInt("open_incidents"),
                rs.getObject("started_at", LocalDateTime.class),
                rs.getObject("ended_at", LocalDateTime.class),
                rs.getObject("parent_instance_key", Long.class));
    }

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

    /** Turns an instance's audit rows into timeline entries and element counts. */
    private static final class Timeline {

        private static final int DETAIL_LENGTH = 300;

        private final JsonMapper json;
        private final List<TimelineEntry> entries = new ArrayList<>();
        private final Map<Long, LocalDateTime> started = new HashMap<>();
        private final Map<String, int[]> runs = new LinkedHashMap<>();
        private final Set<String> flows = new LinkedHashSet<>();

        Timeline(JsonMapper json) {
            this.json = json;
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
                                due > 0 ? java.time.Instant.ofEpochMilli(due).toString() : "");
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
                    Long duration =
                            from == null
                                    ? null
                                    : java.time.Duration.between(from, a.time()).toMillis();
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
    }
}
