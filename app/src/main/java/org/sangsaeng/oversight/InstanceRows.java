package org.sangsaeng.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coop.CoopSummary;
import org.springframework.stereotype.Component;

/** Rows of the instance index, mapped and named: the shown state, the co-op's name. */
@Component
class InstanceRows {

    /** The columns {@link #row} reads, of the index aliased {@code i}. */
    static final String COLUMNS =
            """
            i.instance_key, i.bpmn_process_id, i.process_version, i.process_definition_key, i.coop_id, i.business_key, i.state,
            i.open_incidents, i.started_at, i.ended_at, i.parent_instance_key""";

    private final CoopService coops;

    InstanceRows(CoopService coops) {
        this.coops = coops;
    }

    /** The rows as summaries, each with its co-op's name. */
    List<InstanceSummary> summaries(List<Row> rows) {
        Map<Long, String> names =
                coops.listCoops().stream()
                        .collect(Collectors.toMap(CoopSummary::id, CoopSummary::name, (a, b) -> a));
        return rows.stream()
                .map(r -> r.summary(r.coopId() == null ? null : names.get(r.coopId())))
                .toList();
    }

    record Row(
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

    static Row row(ResultSet rs, int n) throws SQLException {
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
}
