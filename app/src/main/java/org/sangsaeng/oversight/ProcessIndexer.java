package org.sangsaeng.oversight;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
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
        IndexPage page = new IndexPage(partition, jdbc, json, alerts);
        jdbc.query(
                READ,
                rs -> {
                    page.add(
                            new IndexPage.Event(
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

    private static Long nullable(long value, boolean wasNull) {
        return wasNull ? null : value;
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
