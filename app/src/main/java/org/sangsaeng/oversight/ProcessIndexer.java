package org.sangsaeng.oversight;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Projects the audit trail into the explorer's index ({@code oversight_instance}, {@code
 * oversight_step}, {@code oversight_participant}): which instances exist, their co-op, business key
 * and state, how long each step took and who took part. {@code audit_record} stays the record of
 * truth; the index can be dropped and rebuilt from it.
 *
 * <p>Each partition is read in position order from its checkpoint, a page per transaction, and the
 * checkpoint moves in the same transaction as the page's effects, so every audit row is applied
 * exactly once. The checkpoint row is locked while a page is applied: several app nodes may run
 * this, one at a time per partition.
 */
@Component
class ProcessIndexer {

    private static final Logger log = LoggerFactory.getLogger(ProcessIndexer.class);

    static final int PAGE = 5_000;

    private static final String READ =
            """
            SELECT position, value_type, intent, record_key, record_time, process_instance_key, bpmn_process_id,
                   element_id, element_type, completed_by, value_json
              FROM audit_record
             WHERE partition_id = ? AND position > ? AND position <= ? AND record_type = 'EVENT'
               AND value_type IN ('PROCESS_INSTANCE', 'VARIABLE', 'INCIDENT', 'JOB', 'USER_TASK')
             ORDER BY position""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final IncidentAlerts alerts;

    ProcessIndexer(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            JsonMapper json,
            IncidentAlerts alerts) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.alerts = alerts;
    }

    @Scheduled(
            fixedDelayString = "${sangsaeng.oversight.index-interval:PT2S}",
            initialDelayString = "${sangsaeng.oversight.index-initial-delay:PT5S}")
    void poll() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            log.warn("Indexing the audit trail failed; trying again shortly: {}", e.toString());
        }
    }

    /** Applies every audit row not yet indexed; returns how many positions it moved on. */
    long catchUp() {
        long read = 0;
        for (int partition :
                jdbc.queryForList(
                        "SELECT DISTINCT partition_id FROM audit_record", Integer.class)) {
            jdbc.update(
                    "INSERT IGNORE INTO oversight_checkpoint (partition_id, position) VALUES (?, -1)",
                    partition);
            while (true) {
                Long n = transactions.execute(tx -> applyPage(partition));
                read += n == null ? 0 : n;
                if (n == null || n == 0) {
                    break;
                }
            }
        }
        return read;
    }

    /**
     * One page of one partition in the caller's transaction; returns the positions moved on (0 when
     * caught up).
     */
    private long applyPage(int partition) {
        long from =
                jdbc.queryForObject(
                        "SELECT position FROM oversight_checkpoint WHERE partition_id = ? FOR UPDATE",
                        Long.class,
                        partition);
        // A page is a range of positions, not a count of matching rows, so that a long run of rows
        // of other kinds (job polling, messages) still moves the checkpoint.
        Long last =
                jdbc.queryForObject(
                        """
                SELECT MAX(position) FROM (SELECT position FROM audit_record
                 WHERE partition_id = ? AND position > ? ORDER BY position LIMIT ?) p""",
                        Long.class,
                        partition,
                        from,
                        PAGE);
        if (last == null) {
            return 0;
        }
        Page page = new Page(partition);
        jdbc.query(
                READ,
                rs -> {
                    page.add(
                            new Event(
                                    rs.getString("value_type"),
                                    rs.getString("intent"),
                                    rs.getLong("record_key"),
                                    rs.getObject("record_time", LocalDateTime.class),
                                    nullable(rs.getLong("process_instance_key"), rs.wasNull()),
                                    rs.getString("bpmn_process_id"),
                                    rs.getString("element_id"),
                                    rs.getString("element_type"),
                                    rs.getString("completed_by"),
                                    rs.getString("value_json")));
                },
                partition,
                from,
                last);
        page.write();
        jdbc.update(
                "UPDATE oversight_checkpoint SET position = ? WHERE partition_id = ?",
                last,
                partition);
        return last - from;
    }

    private record Event(
            String valueType,
            String intent,
            long key,
            LocalDateTime time,
            Long instanceKey,
            String processId,
            String elementId,
            String elementType,
            String completedBy,
            String valueJson) {}

    /** The effects of one page, gathered and then written in a few batches in a safe order. */
    private final class Page {

        private final int partition;
        private final List<Object[]> newInstances = new ArrayList<>();
        private final List<Object[]> endedInstances = new ArrayList<>();
        private final List<Object[]> newSteps = new ArrayList<>();
        private final List<Object[]> endedSteps = new ArrayList<>();
        private final Map<Long, String> coops = new LinkedHashMap<>();
        private final Map<Long, String> businessKeys = new LinkedHashMap<>();
        private final Map<Long, Integer> incidents = new HashMap<>();
        private final List<Object[]> raisedIncidents = new ArrayList<>();
        private final List<Object[]> resolvedIncidents = new ArrayList<>();
        private final List<Object[]> participants = new ArrayList<>();
        private final List<Object[]> stepActors = new ArrayList<>();

        Page(int partition) {
            this.partition = partition;
        }

        void add(Event e) {
            switch (e.valueType()) {
                case "PROCESS_INSTANCE" -> element(e);
                case "VARIABLE" -> variable(e);
                case "INCIDENT" -> {
                    if (e.instanceKey() != null
                            && ("CREATED".equals(e.intent()) || "RESOLVED".equals(e.intent()))) {
                        incidents.merge(
                                e.instanceKey(),
                                "CREATED".equals(e.intent()) ? 1 : -1,
                                Integer::sum);
                        incident(e);
                    }
                }
                case "JOB", "USER_TASK" -> {
                    if ("COMPLETED".equals(e.intent())
                            && e.completedBy() != null
                            && e.instanceKey() != null) {
                        participants.add(new Object[] {e.completedBy(), e.instanceKey()});
                        long elementInstance = value(e).path("elementInstanceKey").asLong(-1);
                        if (elementInstance > 0) {
                            stepActors.add(new Object[] {e.completedBy(), elementInstance});
                        }
                    }
                }
                default -> {}
            }
        }

        private void element(Event e) {
            boolean process = "PROCESS".equals(e.elementType());
            // Stored as the audit row has it: UTC wall-clock time.
            LocalDateTime at = e.time();
            switch (e.intent()) {
                case "ELEMENT_ACTIVATING" -> {
                    if (process) {
                        JsonNode v = value(e);
                        long parent = v.path("parentProcessInstanceKey").asLong(-1);
                        newInstances.add(
                                new Object[] {
                                    e.key(),
                                    partition,
                                    e.processId(),
                                    v.path("version").asInt(0),
                                    v.path("processDefinitionKey").asLong(),
                                    parent > 0 ? parent : null,
                                    at
                                });
                    } else if (e.instanceKey() != null
                            && e.elementId() != null
                            && e.elementType() != null) {
                        newSteps.add(
                                new Object[] {
                                    e.key(),
                                    e.instanceKey(),
                                    e.processId(),
                                    e.elementId(),
                                    e.elementType(),
                                    at
                                });
                    }
                }
                case "ELEMENT_COMPLETED", "ELEMENT_TERMINATED" -> {
                    if (process) {
                        endedInstances.add(
                                new Object[] {
                                    "ELEMENT_COMPLETED".equals(e.intent())
                                            ? "COMPLETED"
                                            : "CANCELLED",
                                    at,
                                    e.key()
                                });
                    } else {
                        endedSteps.add(
                                new Object[] {
                                    "ELEMENT_COMPLETED".equals(e.intent())
                                            ? "COMPLETED"
                                            : "TERMINATED",
                                    at,
                                    at,
                                    e.key()
                                });
                    }
                }
                default -> {}
            }
        }

        private void incident(Event e) {
            if ("RESOLVED".equals(e.intent())) {
                resolvedIncidents.add(new Object[] {e.time(), e.key()});
                return;
            }
            JsonNode v = value(e);
            long job = v.path("jobKey").asLong(-1);
            String message = v.path("errorMessage").asString("");
            raisedIncidents.add(
                    new Object[] {
                        e.key(),
                        e.instanceKey(),
                        e.processId() == null ? "" : e.processId(),
                        e.elementId() == null ? "" : e.elementId(),
                        job > 0 ? job : null,
                        v.path("errorType").asString("UNKNOWN"),
                        message.length() > 2000 ? message.substring(0, 2000) : message,
                        e.time()
                    });
        }

        private void variable(Event e) {
            if (!"CREATED".equals(e.intent()) && !"UPDATED".equals(e.intent())) {
                return;
            }
            // Cheap test before parsing: only two variables matter here.
            if (!e.valueJson().contains("\"name\":\"coopId\"")
                    && !e.valueJson().contains("\"name\":\"businessKey\"")) {
                return;
            }
            JsonNode v = value(e);
            if (v.path("scopeKey").asLong() != v.path("processInstanceKey").asLong()) {
                return;
            }
            String name = v.path("name").asString();
            String literal = v.path("value").asString();
            long instance = v.path("processInstanceKey").asLong();
            if ("coopId".equals(name)) {
                coops.put(instance, literal);
            } else if ("businessKey".equals(name)) {
                businessKeys.put(instance, literal);
            }
        }

        void write() {
            batch(
                    """
                    INSERT IGNORE INTO oversight_instance (instance_key, partition_id, bpmn_process_id, process_version,
                      process_definition_key, parent_instance_key, state, started_at) VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', ?)""",
                    newInstances);
            batch(
                    """
                    INSERT IGNORE INTO oversight_step (element_instance_key, instance_key, bpmn_process_id, element_id,
                      element_type, state, started_at) VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?)""",
                    newSteps);
            batch(
                    "UPDATE oversight_instance SET state = ?, ended_at = ? WHERE instance_key = ?",
                    endedInstances);
            batch(
                    """
                    UPDATE oversight_step SET state = ?, ended_at = ?,
                      duration_ms = TIMESTAMPDIFF(MICROSECOND, started_at, ?) DIV 1000 WHERE element_instance_key = ?""",
                    endedSteps);
            List<Object[]> coopRows = new ArrayList<>();
            coops.forEach(
                    (instance, literal) -> {
                        Long coop = number(literal);
                        if (coop != null) {
                            coopRows.add(new Object[] {coop, instance});
                        }
                    });
            batch("UPDATE oversight_instance SET coop_id = ? WHERE instance_key = ?", coopRows);
            List<Object[]> keyRows = new ArrayList<>();
            businessKeys.forEach(
                    (instance, literal) -> keyRows.add(new Object[] {text(literal), instance}));
            batch(
                    "UPDATE oversight_instance SET business_key = LEFT(?, 100) WHERE instance_key = ?",
                    keyRows);
            List<Object[]> incidentRows = new ArrayList<>();
            incidents.forEach(
                    (instance, delta) -> incidentRows.add(new Object[] {delta, instance}));
            batch(
                    "UPDATE oversight_instance SET open_incidents = GREATEST(0, open_incidents + ?) WHERE instance_key = ?",
                    incidentRows);
            batch(
                    """
                    INSERT IGNORE INTO oversight_incident (incident_key, instance_key, bpmn_process_id, element_id, job_key,
                      error_type, error_message, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                    raisedIncidents);
            batch(
                    "UPDATE oversight_incident SET resolved_at = ? WHERE incident_key = ?",
                    resolvedIncidents);
            // The instance's co-op is known by now (its variable comes before any step can fail).
            raisedIncidents.forEach(row -> alerts.raised((Long) row[0]));
            batch(
                    "INSERT IGNORE INTO oversight_participant (username, instance_key) VALUES (?, ?)",
                    participants);
            batch(
                    "UPDATE oversight_step SET completed_by = ? WHERE element_instance_key = ?",
                    stepActors);
        }

        private void batch(String sql, List<Object[]> rows) {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate(sql, rows);
            }
        }
    }

    private JsonNode value(Event e) {
        return json.readTree(e.valueJson()).path("value");
    }

    /**
     * A variable's value is stored as JSON text: {@code 3}, {@code "3"} or {@code
     * "group-purchase-3"}.
     */
    private String text(String literal) {
        JsonNode node = json.readTree(literal);
        return node.isString() ? node.asString() : node.toString();
    }

    private Long number(String literal) {
        try {
            return Long.valueOf(text(literal).trim());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Long nullable(long value, boolean wasNull) {
        return wasNull ? null : value;
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
