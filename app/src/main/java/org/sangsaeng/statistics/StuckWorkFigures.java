package org.sangsaeng.statistics;

import static org.sangsaeng.statistics.StatisticsSql.instant;
import static org.sangsaeng.statistics.StatisticsSql.utc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.sangsaeng.statistics.Statistics.StuckGroup;
import org.sangsaeng.statistics.Statistics.StuckTask;
import org.sangsaeng.statistics.Statistics.StuckWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Work waiting too long: open tasks older than the threshold, whatever the period. */
@Component
class StuckWorkFigures {

    static final int OLDEST_STUCK = 10;

    private final NamedParameterJdbcTemplate jdbc;
    private final Duration stuckAfter;

    StuckWorkFigures(
            NamedParameterJdbcTemplate jdbc,
            @Value("${sangsaeng.statistics.stuck-after:P3D}") Duration stuckAfter) {
        this.jdbc = jdbc;
        this.stuckAfter = stuckAfter;
    }

    /**
     * Open tasks older than the threshold, as of now whatever the period, by co-op and step; and
     * the oldest.
     */
    StuckWork stuck(MapSqlParameterSource period, Instant now, Map<Long, String> coopNames) {
        MapSqlParameterSource p =
                new MapSqlParameterSource(period.getValues())
                        .addValue("stuckBefore", utc(now.minus(stuckAfter)));
        String open =
                " FROM task WHERE status = 'OPEN' AND coop_id IN (:coops) AND created_at < :stuckBefore";
        List<StuckGroup> groups =
                jdbc.query(
                        "SELECT coop_id, bpmn_process_id, element_id, COUNT(*) n,"
                                + " MIN(created_at) oldest"
                                + open
                                + " GROUP BY coop_id, bpmn_process_id, element_id"
                                + " ORDER BY n DESC, oldest",
                        p,
                        (rs, n) ->
                                new StuckGroup(
                                        rs.getLong("coop_id"),
                                        coopNames.get(rs.getLong("coop_id")),
                                        rs.getString("bpmn_process_id"),
                                        rs.getString("element_id"),
                                        rs.getLong("n"),
                                        instant(rs, "oldest")));
        List<StuckTask> oldest =
                jdbc.query(
                        "SELECT job_key, coop_id, bpmn_process_id, element_id, created_at"
                                + open
                                + " ORDER BY created_at, job_key LIMIT "
                                + OLDEST_STUCK,
                        p,
                        (rs, n) ->
                                new StuckTask(
                                        rs.getLong("job_key"),
                                        rs.getLong("coop_id"),
                                        coopNames.get(rs.getLong("coop_id")),
                                        rs.getString("bpmn_process_id"),
                                        rs.getString("element_id"),
                                        instant(rs, "created_at")));
        return new StuckWork(
                stuckAfter, groups.stream().mapToLong(StuckGroup::count).sum(), groups, oldest);
    }
}
