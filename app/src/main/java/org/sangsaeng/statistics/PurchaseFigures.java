package org.sangsaeng.statistics;

import static org.sangsaeng.statistics.StatisticsSql.count;
import static org.sangsaeng.statistics.StatisticsSql.instant;

import java.time.Duration;
import java.util.List;
import org.sangsaeng.shared.Won;
import org.sangsaeng.statistics.Statistics.PurchaseFunnel;
import org.sangsaeng.statistics.Statistics.StageCount;
import org.sangsaeng.statistics.Statistics.StepTime;
import org.sangsaeng.statistics.Statistics.VoteTurnout;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How group purchases went in the period: how far they got, the turnout of their votes, and how
 * long the process's steps took. Aggregated by the database.
 */
@Component
class PurchaseFigures {

    static final String PURCHASE_PROCESS = "group-purchase";

    private final NamedParameterJdbcTemplate jdbc;

    PurchaseFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    PurchaseFunnel funnel(MapSqlParameterSource p) {
        String period =
                " FROM purchase WHERE coop_id IN (:coops) AND created_at >= :from AND created_at < :to";
        // How far a purchase got, whatever it ended as: a rejected one was voted on, one the
        // supplier refused was ordered, one cancelled over a price rise was confirmed.
        long[] f =
                jdbc.queryForObject(
                        """
                SELECT COUNT(*) proposed,
                       COALESCE(SUM(vote_outcome IS NOT NULL), 0) voted,
                       COALESCE(SUM(supplier_answer IS NOT NULL
                                    OR stage IN ('AWAITING_SUPPLIER', 'PRICE_CHECK', 'SETTLING', 'DELIVERY', 'CLOSED')), 0) ordered,
                       COALESCE(SUM(supplier_answer IN ('CONFIRM', 'PARTIAL')
                                    OR stage IN ('PRICE_CHECK', 'SETTLING', 'DELIVERY', 'CLOSED')), 0) confirmed,
                       COALESCE(SUM(stage = 'CLOSED'), 0) settled"""
                                + period,
                        p,
                        (rs, n) ->
                                new long[] {
                                    rs.getLong(1),
                                    rs.getLong(2),
                                    rs.getLong(3),
                                    rs.getLong(4),
                                    rs.getLong(5)
                                });
        List<StageCount> byStage =
                jdbc.query(
                        "SELECT stage, COUNT(*) n"
                                + period
                                + " GROUP BY stage ORDER BY n DESC, stage",
                        p,
                        (rs, n) -> new StageCount(rs.getString("stage"), rs.getLong("n")));
        long billed =
                count(
                        jdbc,
                        "SELECT COALESCE(SUM(b.total), 0) FROM purchase_bill b JOIN purchase x ON x.id = b.purchase_id"
                                + " WHERE x.coop_id IN (:coops) AND x.created_at >= :from AND x.created_at < :to",
                        p);
        return new PurchaseFunnel(f[0], f[1], f[2], f[3], f[4], byStage, Won.of(billed));
    }

    List<VoteTurnout> votes(MapSqlParameterSource p) {
        return jdbc.query(
                """
                SELECT v.id, v.title, v.opened_at, v.electorate_size,
                       (SELECT COUNT(*) FROM vote_ballot b WHERE b.vote_id = v.id AND b.current_marker = 1) voted
                FROM vote v
                WHERE v.coop_id IN (:coops) AND v.opened_at >= :from AND v.opened_at < :to
                ORDER BY v.opened_at, v.id""",
                p,
                (rs, n) ->
                        new VoteTurnout(
                                rs.getLong("id"),
                                rs.getString("title"),
                                instant(rs, "opened_at"),
                                rs.getInt("electorate_size"),
                                rs.getInt("voted")));
    }

    /**
     * Average and 90th percentile (continuous, as PERCENTILE_CONT interpolates) of finished steps
     * of the group-purchase process, from the oversight projection of the engine's audit trail.
     * Only steps that take time count: not gateways, events or the process itself.
     */
    List<StepTime> stepTimes(MapSqlParameterSource p) {
        return jdbc.query(
                """
                SELECT DISTINCT s.element_id,
                       COUNT(*) OVER (PARTITION BY s.element_id) n,
                       AVG(s.duration_ms) OVER (PARTITION BY s.element_id) average_ms,
                       PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY s.duration_ms) OVER (PARTITION BY s.element_id) p90_ms
                FROM oversight_step s JOIN oversight_instance i ON i.instance_key = s.instance_key
                WHERE i.bpmn_process_id = :process AND i.coop_id IN (:coops)
                  AND s.started_at >= :from AND s.started_at < :to AND s.duration_ms IS NOT NULL
                  AND s.element_type NOT IN ('PROCESS', 'SEQUENCE_FLOW', 'START_EVENT', 'END_EVENT', 'BOUNDARY_EVENT',
                                             'EXCLUSIVE_GATEWAY', 'PARALLEL_GATEWAY', 'INCLUSIVE_GATEWAY',
                                             'EVENT_BASED_GATEWAY', 'INTERMEDIATE_THROW_EVENT')
                ORDER BY average_ms DESC, s.element_id""",
                p,
                (rs, n) ->
                        new StepTime(
                                rs.getString("element_id"),
                                rs.getLong("n"),
                                Duration.ofMillis(Math.round(rs.getDouble("average_ms"))),
                                Duration.ofMillis(Math.round(rs.getDouble("p90_ms")))));
    }
}
