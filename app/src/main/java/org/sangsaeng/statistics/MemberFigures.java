package org.sangsaeng.statistics;

import static org.sangsaeng.statistics.StatisticsSql.count;
import static org.sangsaeng.statistics.StatisticsSql.day;
import static org.sangsaeng.statistics.StatisticsSql.days;
import static org.sangsaeng.statistics.StatisticsSql.utc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.statistics.Statistics.BusinessTypeActivity;
import org.sangsaeng.statistics.Statistics.DayCount;
import org.sangsaeng.statistics.Statistics.Members;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who the co-ops are: active members and how they grew over the period, and what each business type
 * did (members, purchases proposed, coupons drafted, jobs posted). Aggregated by the database.
 */
@Component
class MemberFigures {

    private final NamedParameterJdbcTemplate jdbc;

    MemberFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final String ACTIVE =
            "FROM membership WHERE coop_id IN (:coops) AND status = 'ACTIVE' ";

    Members members(StatisticsFilter filter, LocalDate today, MapSqlParameterSource p) {
        long total = count(jdbc, "SELECT COUNT(*) " + ACTIVE, p);
        Map<LocalDate, Long> recent =
                joinedByDay(
                        "recentFrom",
                        "now",
                        new MapSqlParameterSource(p.getValues())
                                .addValue(
                                        "recentFrom",
                                        utc(
                                                today.minusDays(1)
                                                        .atStartOfDay(MarketTime.ZONE)
                                                        .toInstant())));
        long before = count(jdbc, "SELECT COUNT(*) " + ACTIVE + "AND joined_at < :from", p);
        Map<LocalDate, Long> joined = joinedByDay("from", "to", p);
        List<DayCount> growth = new ArrayList<>();
        long running = before;
        for (LocalDate d = filter.from(); !d.isAfter(filter.to()); d = d.plusDays(1)) {
            long n = joined.getOrDefault(d, 0L);
            running += n;
            growth.add(new DayCount(d, n, running));
        }
        return new Members(
                total,
                recent.getOrDefault(today, 0L),
                recent.getOrDefault(today.minusDays(1), 0L),
                growth);
    }

    /** Active members who joined between two of the parameters, by day in Seoul. */
    private Map<LocalDate, Long> joinedByDay(String from, String to, MapSqlParameterSource p) {
        return days(
                jdbc,
                "SELECT "
                        + day("joined_at")
                        + " d, COUNT(*) n "
                        + ACTIVE
                        + "AND joined_at >= :"
                        + from
                        + " AND joined_at < :"
                        + to
                        + " GROUP BY d",
                p);
    }

    List<BusinessTypeActivity> businessTypes(MapSqlParameterSource p) {
        Map<BusinessType, long[]> byType = new EnumMap<>(BusinessType.class);
        String[] queries = {
            "SELECT business_type t, COUNT(*) n FROM membership WHERE coop_id IN (:coops) AND status = 'ACTIVE'"
                    + " GROUP BY business_type",
            "SELECT m.business_type t, COUNT(*) n FROM purchase x JOIN membership m"
                    + " ON m.coop_id = x.coop_id AND m.user_id = x.proposed_by"
                    + " WHERE x.coop_id IN (:coops) AND x.created_at >= :from AND x.created_at < :to"
                    + " GROUP BY m.business_type",
            "SELECT m.business_type t, COUNT(*) n FROM coupon x JOIN membership m"
                    + " ON m.coop_id = x.coop_id AND m.user_id = x.author_id"
                    + " WHERE x.coop_id IN (:coops) AND x.created_at >= :from AND x.created_at < :to"
                    + " GROUP BY m.business_type",
            "SELECT business_type t, COUNT(*) n FROM job_post"
                    + " WHERE coop_id IN (:coops) AND created_at >= :from AND created_at < :to"
                    + " GROUP BY business_type"
        };
        for (int i = 0; i < queries.length; i++) {
            int column = i;
            jdbc.query(
                    queries[i],
                    p,
                    rs -> {
                        byType.computeIfAbsent(
                                                BusinessType.valueOf(rs.getString("t")),
                                                t -> new long[4])[column] =
                                rs.getLong("n");
                    });
        }
        return byType.entrySet().stream()
                .map(
                        e ->
                                new BusinessTypeActivity(
                                        e.getKey(),
                                        e.getValue()[0],
                                        e.getValue()[1],
                                        e.getValue()[2],
                                        e.getValue()[3]))
                .sorted(
                        Comparator.comparingLong(BusinessTypeActivity::activity)
                                .reversed()
                                .thenComparing(
                                        Comparator.comparingLong(BusinessTypeActivity::members)
                                                .reversed())
                                .thenComparing(BusinessTypeActivity::type))
                .toList();
    }
}
