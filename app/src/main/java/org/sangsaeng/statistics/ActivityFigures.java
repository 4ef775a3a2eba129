package org.sangsaeng.statistics;

import java.time.Duration;
import java.util.List;
import org.sangsaeng.statistics.Statistics.Jobs;
import org.sangsaeng.statistics.Statistics.ShopCoupons;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the shops did besides buying together: the coupons each issued and had redeemed, and the
 * jobs posted and filled. Aggregated by the database.
 */
@Component
class ActivityFigures {

    private final NamedParameterJdbcTemplate jdbc;

    ActivityFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ShopCoupons> coupons(MapSqlParameterSource p) {
        return jdbc.query(
                """
                SELECT m.coop_id, m.shop_name, COALESCE(issued.n, 0) issued, COALESCE(redeemed.n, 0) redeemed
                FROM membership m
                LEFT JOIN (SELECT c.coop_id, c.author_id, COUNT(*) n FROM coupon c JOIN coupon_issue i ON i.coupon_id = c.id
                           WHERE c.coop_id IN (:coops) AND i.issued_at >= :from AND i.issued_at < :to
                           GROUP BY c.coop_id, c.author_id) issued
                       ON issued.coop_id = m.coop_id AND issued.author_id = m.user_id
                LEFT JOIN (SELECT c.coop_id, c.author_id, COUNT(*) n FROM coupon c JOIN coupon_issue i ON i.coupon_id = c.id
                           JOIN coupon_redemption r ON r.issue_id = i.id
                           WHERE c.coop_id IN (:coops) AND r.redeemed_at >= :from AND r.redeemed_at < :to
                           GROUP BY c.coop_id, c.author_id) redeemed
                       ON redeemed.coop_id = m.coop_id AND redeemed.author_id = m.user_id
                WHERE m.coop_id IN (:coops) AND (issued.n IS NOT NULL OR redeemed.n IS NOT NULL)
                ORDER BY issued DESC, redeemed DESC, m.shop_name""",
                p,
                (rs, n) ->
                        new ShopCoupons(
                                rs.getLong("coop_id"),
                                rs.getString("shop_name"),
                                rs.getLong("issued"),
                                rs.getLong("redeemed")));
    }

    Jobs jobs(MapSqlParameterSource p) {
        return jdbc.queryForObject(
                """
                SELECT COUNT(*) posted,
                       COALESCE(SUM(a.accepted >= j.positions), 0) filled,
                       AVG(CASE WHEN a.accepted >= j.positions THEN TIMESTAMPDIFF(SECOND, j.created_at, a.last_at) END) fill_s
                FROM job_post j
                LEFT JOIN (SELECT post_id, COUNT(*) accepted, MAX(updated_at) last_at FROM job_application
                           WHERE state = 'ACCEPTED' GROUP BY post_id) a ON a.post_id = j.id
                WHERE j.coop_id IN (:coops) AND j.created_at >= :from AND j.created_at < :to""",
                p,
                (rs, n) -> {
                    double seconds = rs.getDouble("fill_s");
                    Duration fill = rs.wasNull() ? null : Duration.ofSeconds(Math.round(seconds));
                    return new Jobs(rs.getLong("posted"), rs.getLong("filled"), fill);
                });
    }
}
