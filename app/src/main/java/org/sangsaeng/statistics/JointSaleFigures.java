package org.sangsaeng.statistics;

import java.util.List;
import java.util.Map;
import org.sangsaeng.shared.Won;
import org.sangsaeng.statistics.Statistics.JointSales;
import org.sangsaeng.statistics.Statistics.OfferSales;
import org.sangsaeng.statistics.Statistics.ShopShares;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Joint-sale figures of the sales that ended in the period (their {@code closed_at}, Asia/Seoul): a
 * sale's orders are final, its no-shows known and its shares written only when it closes, so a sale
 * counts once, in the month it closed, with the same numbers as its statement. Read in the
 * dashboard's read-only transaction, three aggregated queries over the co-op index.
 */
@Component
class JointSaleFigures {

    static final int TOP = 5;

    /** The sales that ended in the period: closed, cancelled (with their orders) or voted down. */
    private static final String ENDED =
            "x.coop_id IN (:coops) AND x.closed_at >= :from AND x.closed_at < :to";

    /**
     * An order sold, as {@code SaleSettlement} counts it: paid, and handed over or never collected.
     */
    private static final String SOLD =
            "(o.payment_method IS NOT NULL AND o.status IN ('PICKED_UP', 'NO_SHOW'))";

    private final NamedParameterJdbcTemplate jdbc;

    JointSaleFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    JointSales of(MapSqlParameterSource p, Map<Long, String> coopNames) {
        // Sold as in the sale's statement: handed over, or paid by transfer and never collected
        // (the shops
        // prepared it; it is revenue, not lost). Only an unpaid no-show is not collected.
        long[] n =
                jdbc.queryForObject(
                        """
                SELECT COUNT(DISTINCT CASE WHEN x.stage = 'CLOSED' THEN x.id END) closed,
                       COUNT(o.id) orders,
                       COALESCE(SUM(o.status = 'PICKED_UP'), 0) picked_up,
                       COALESCE(SUM(o.status = 'NO_SHOW'), 0) no_shows,
                       COALESCE(SUM(o.status = 'CANCELLED'), 0) cancelled,
                       COALESCE(SUM(CASE WHEN %2$s THEN o.sets END), 0) sets_sold,
                       COALESCE(SUM(CASE WHEN %2$s THEN o.paid_amount END), 0) revenue,
                       COALESCE(SUM(CASE WHEN o.status = 'NO_SHOW' AND o.paid_amount IS NULL THEN o.amount END), 0)
                           not_collected
                FROM joint_offer x LEFT JOIN joint_order o ON o.offer_id = x.id
                WHERE %1$s"""
                                .formatted(ENDED, SOLD),
                        p,
                        (rs, row) ->
                                new long[] {
                                    rs.getLong("closed"),
                                    rs.getLong("orders"),
                                    rs.getLong("picked_up"),
                                    rs.getLong("no_shows"),
                                    rs.getLong("cancelled"),
                                    rs.getLong("sets_sold"),
                                    rs.getLong("revenue"),
                                    rs.getLong("not_collected")
                                });
        List<OfferSales> offers =
                jdbc.query(
                        """
                SELECT x.id, x.coop_id, x.title, x.closed_at, COUNT(o.id) orders,
                       COALESCE(SUM(o.sets), 0) sets_sold, COALESCE(SUM(o.paid_amount), 0) revenue
                FROM joint_offer x LEFT JOIN joint_order o ON o.offer_id = x.id AND %s
                WHERE x.stage = 'CLOSED' AND %s
                GROUP BY x.id, x.coop_id, x.title, x.closed_at
                ORDER BY revenue DESC, sets_sold DESC, x.closed_at, x.id LIMIT %d"""
                                .formatted(SOLD, ENDED, TOP),
                        p,
                        (rs, row) ->
                                new OfferSales(
                                        rs.getLong("id"),
                                        rs.getLong("coop_id"),
                                        coopNames.get(rs.getLong("coop_id")),
                                        rs.getString("title"),
                                        StatisticsSql.instant(rs, "closed_at"),
                                        rs.getLong("orders"),
                                        rs.getLong("sets_sold"),
                                        Won.of(rs.getLong("revenue"))));
        // Memberships are never deleted (a shop that left keeps its row), so every share finds its
        // shop's name.
        List<ShopShares> shops =
                jdbc.query(
                        """
                SELECT t.coop_id, t.shop_user_id, m.shop_name, t.offers, t.amount
                FROM (SELECT x.coop_id, s.shop_user_id, COUNT(*) offers, SUM(s.amount) amount
                      FROM joint_sale_share s JOIN joint_offer x ON x.id = s.offer_id
                      WHERE %s
                      GROUP BY x.coop_id, s.shop_user_id) t
                JOIN membership m ON m.coop_id = t.coop_id AND m.user_id = t.shop_user_id
                ORDER BY t.amount DESC, t.offers DESC, m.shop_name, t.shop_user_id LIMIT %d"""
                                .formatted(ENDED, TOP),
                        p,
                        (rs, row) ->
                                new ShopShares(
                                        rs.getLong("coop_id"),
                                        coopNames.get(rs.getLong("coop_id")),
                                        rs.getLong("shop_user_id"),
                                        rs.getString("shop_name"),
                                        rs.getLong("offers"),
                                        Won.of(rs.getLong("amount"))));
        return new JointSales(
                n[0], n[1], n[2], n[3], n[4], n[5], Won.of(n[6]), Won.of(n[7]), offers, shops);
    }
}
