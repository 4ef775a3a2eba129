package org.sangsaeng.oversight;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The effects of one page of audit rows on the explorer's index, gathered from the page's events
 * and then written in a few batches in a safe order (instances before their steps, steps before
 * their participants). {@link ProcessIndexer} reads the page and moves the checkpoint in the same
 * transaction.
 */
final class IndexPage {

    record Event(
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

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final IncidentAlerts alerts;

    IndexPage(int partition, JdbcTemplate jdbc, JsonMapper json, IncidentAlerts alerts) {
        this.partition = partition;
        this.jdbc = jdbc;
        this.json = json;
        this.alerts = alerts;
    }

    void add(Event e) {
        switch (e.valueType()) {
            case "PROCESS_INSTANCE" -> element(e);
            case "VARIABLE" -> variable(e);
            case "INCIDENT" -> {
                if (e.instanceKey() != null
                        && ("CREATED".equals(e.intent()) || "RESOLVED".equals(e.intent()))) {
                    incidents.merge(
                            e.instanceKey(), "CREATED".equals(e.intent()) ? 1 : -1, Integer::sum);
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
                                "ELEMENT_COMPLETED".equals(e.intent()) ? "COMPLETED" : "CANCELLED",
                                at,
                                e.key()
                            });
                } else {
                    endedSteps.add(
                            new Object[] {
                                "ELEMENT_COMPLETED".equals(e.intent()) ? "COMPLETED" : "TERMINATED",
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
        incidents.forEach((instance, delta) -> incidentRows.add(new Object[] {delta, instance}));
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
}
