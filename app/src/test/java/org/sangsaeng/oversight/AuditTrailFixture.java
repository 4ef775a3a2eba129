package org.sangsaeng.oversight;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit rows as the broker's exporter does (partition 1, positions after the last one,
 * hash-chained), for tests that run without a broker: a finished group purchase whose pledge was
 * done by one member in 90 seconds, and a coupon approval stuck on an incident.
 */
public final class AuditTrailFixture {

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();
    private long position;
    private final long firstPosition;
    private String chain;

    public AuditTrailFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        Long last =
                jdbc.queryForObject(
                        "SELECT MAX(position) FROM audit_record WHERE partition_id = 1",
                        Long.class);
        position = last == null ? 1_000 : last + 1_000;
        firstPosition = position;
        chain =
                last == null
                        ? null
                        : jdbc.queryForObject(
                                "SELECT row_hash FROM audit_record WHERE partition_id = 1 AND position = ?",
                                String.class,
                                last);
    }

    public long firstPosition() {
        return firstPosition;
    }

    /** A key no other seeded instance has. */
    public long newKey() {
        return position * 10;
    }

    /**
     * 11 rows: started, coop and business key, a pledge task done by {@code member} in 90 s, a
     * flow, ended at +100 s.
     */
    public long finishedPurchase(long coopId, String member, Instant started) {
        long instance = newKey();
        process(instance, "ELEMENT_ACTIVATING", started);
        variable(instance, "coopId", Long.toString(coopId), started);
        variable(instance, "businessKey", "\"group-purchase-" + instance + "\"", started);
        process(instance, "ELEMENT_ACTIVATED", started);
        long pledge = instance + 100;
        element(
                instance,
                pledge,
                "PledgeTask",
                "SERVICE_TASK",
                "ELEMENT_ACTIVATING",
                started.plusSeconds(1));
        element(
                instance,
                pledge,
                "PledgeTask",
                "SERVICE_TASK",
                "ELEMENT_ACTIVATED",
                started.plusSeconds(1));
        job(instance, pledge, "CREATED", null, started.plusSeconds(1));
        job(instance, pledge, "COMPLETED", member, started.plusSeconds(91));
        element(
                instance,
                pledge,
                "PledgeTask",
                "SERVICE_TASK",
                "ELEMENT_COMPLETED",
                started.plusSeconds(91));
        element(
                instance,
                instance + 101,
                "Flow_ToEnd",
                "SEQUENCE_FLOW",
                "SEQUENCE_FLOW_TAKEN",
                started.plusSeconds(91));
        process(instance, "ELEMENT_COMPLETED", started.plusSeconds(100));
        return instance;
    }

    /** 3 rows: a coupon approval started, its co-op, and an open incident. */
    public long stuckCoupon(long coopId, Instant at) {
        long instance = newKey() + 1;
        write(
                row(
                        instance,
                        "PROCESS_INSTANCE",
                        "ELEMENT_ACTIVATING",
                        instance,
                        "coupon-approval",
                        "coupon-approval",
                        "PROCESS",
                        null,
                        at,
                        "{\"version\":2,\"processDefinitionKey\":77,\"parentProcessInstanceKey\":-1}"));
        variable(instance, "coopId", Long.toString(coopId), at);
        write(
                row(
                        instance + 5,
                        "INCIDENT",
                        "CREATED",
                        instance,
                        "coupon-approval",
                        "PublishTask",
                        null,
                        null,
                        at,
                        "{\"errorType\":\"JOB_NO_RETRIES\",\"errorMessage\":\"SMS gateway down\",\"processInstanceKey\":"
                                + instance
                                + "}"));
        return instance;
    }

    private void process(long instance, String intent, Instant at) {
        write(
                row(
                        instance,
                        "PROCESS_INSTANCE",
                        intent,
                        instance,
                        "group-purchase",
                        "group-purchase",
                        "PROCESS",
                        null,
                        at,
                        "{\"version\":1,\"processDefinitionKey\":55,\"parentProcessInstanceKey\":-1}"));
    }

    private void element(
            long instance, long key, String elementId, String type, String intent, Instant at) {
        write(
                row(
                        key,
                        "PROCESS_INSTANCE",
                        intent,
                        instance,
                        "group-purchase",
                        elementId,
                        type,
                        null,
                        at,
                        "{}"));
    }

    private void job(long instance, long elementInstance, String intent, String by, Instant at) {
        write(
                row(
                        elementInstance + 5_000,
                        "JOB",
                        intent,
                        instance,
                        "group-purchase",
                        "PledgeTask",
                        null,
                        by,
                        at,
                        "{\"type\":\"purchase-pledge\",\"elementInstanceKey\":"
                                + elementInstance
                                + "}"));
    }

    private void variable(long instance, String name, String literal, Instant at) {
        write(
                row(
                        instance + name.length(),
                        "VARIABLE",
                        "CREATED",
                        instance,
                        null,
                        null,
                        null,
                        null,
                        at,
                        "{\"name\":\""
                                + name
                                + "\",\"value\":"
                                + json.writeValueAsString(literal)
                                + ",\"scopeKey\":"
                                + instance
                                + ",\"processInstanceKey\":"
                                + instance
                                + "}"));
    }

    private AuditChain.Row row(
            long key,
            String valueType,
            String intent,
            long instance,
            String processId,
            String elementId,
            String elementType,
            String completedBy,
            Instant at,
            String value) {
        long p = position++;
        return new AuditChain.Row(
                1,
                p,
                key,
                "EVENT",
                valueType,
                intent,
                at,
                instance,
                processId,
                elementId,
                elementType,
                completedBy,
                "{\"partitionId\":1,\"value\":"
                        + value
                        + ",\"key\":"
                        + key
                        + ",\"position\":"
                        + p
                        + "}");
    }

    /** The statement that stores one row of the audit trail, with {@link #columns}. */
    public static final String INSERT =
            """
            INSERT INTO audit_record (partition_id, position, record_key, record_type, value_type, intent, record_time,
              process_instance_key, bpmn_process_id, element_id, element_type, completed_by, value_json, exported_at,
              prev_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** The values of {@link #INSERT} for a row chained after {@code prevHash}. */
    public static Object[] columns(
            AuditChain.Row r, LocalDateTime exportedAt, String prevHash, String rowHash) {
        return new Object[] {
            r.partitionId(),
            r.position(),
            r.recordKey(),
            r.recordType(),
            r.valueType(),
            r.intent(),
            LocalDateTime.ofInstant(r.recordTime(), ZoneOffset.UTC),
            r.processInstanceKey(),
            r.bpmnProcessId(),
            r.elementId(),
            r.elementType(),
            r.completedBy(),
            r.valueJson(),
            exportedAt,
            prevHash,
            rowHash
        };
    }

    private void write(AuditChain.Row r) {
        String hash = AuditChain.hash(chain, r);
        jdbc.update(INSERT, columns(r, LocalDateTime.now(ZoneOffset.UTC), chain, hash));
        chain = hash;
    }
}
