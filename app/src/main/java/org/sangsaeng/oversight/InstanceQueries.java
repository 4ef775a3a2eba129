package org.sangsaeng.oversight;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The statements on the instance index: a search turned into one WHERE clause, counted or paged;
 * one instance; its called instances. No authorisation: the explorer decides what is readable.
 */
@Component
class InstanceQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final InstanceRows rows;

    InstanceQueries(NamedParameterJdbcTemplate jdbc, InstanceRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /** A page of matching instances within the readable co-ops (null: all), newest first. */
    List<InstanceSummary> page(InstanceQuery query, Set<Long> readable, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(query, readable, params);
        params.addValue("offset", offset).addValue("limit", limit);
        return select(
                where
                        + " ORDER BY i.started_at DESC, i.instance_key DESC LIMIT :limit OFFSET :offset",
                params);
    }

    long count(InstanceQuery query, Set<Long> readable) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(query, readable, params);
        Long n =
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM oversight_instance i" + where, params, Long.class);
        return n == null ? 0 : n;
    }

    List<String> processIds() {
        return jdbc.getJdbcTemplate()
                .queryForList(
                        "SELECT DISTINCT bpmn_process_id FROM oversight_instance ORDER BY bpmn_process_id",
                        String.class);
    }

    /** The instance, if indexed. */
    List<InstanceSummary> byKey(long key) {
        return select(" WHERE i.instance_key = :key", new MapSqlParameterSource("key", key));
    }

    /** The instances it called, in the order they started. */
    List<InstanceSummary> children(long key) {
        return select(
                " WHERE i.parent_instance_key = :key ORDER BY i.started_at",
                new MapSqlParameterSource("key", key));
    }

    /** The summaries of the index rows the rest of the statement (after FROM) selects. */
    private List<InstanceSummary> select(String rest, MapSqlParameterSource params) {
        return rows.summaries(
                jdbc.query(
                        "SELECT " + InstanceRows.COLUMNS + " FROM oversight_instance i" + rest,
                        params,
                        InstanceRows::row));
    }

    static String where(InstanceQuery q, Set<Long> readable, MapSqlParameterSource params) {
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
}
