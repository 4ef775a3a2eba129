package org.sangsaeng.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coop.CoopSummary;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.Role;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.shared.Won;
import org.sangsaeng.statistics.Statistics.BusinessTypeActivity;
import org.sangsaeng.statistics.Statistics.DayCount;
import org.sangsaeng.statistics.Statistics.Jobs;
import org.sangsaeng.statistics.Statistics.Members;
import org.sangsaeng.statistics.Statistics.PurchaseFunnel;
import org.sangsaeng.statistics.Statistics.ShopCoupons;
import org.sangsaeng.statistics.Statistics.StageCount;
import org.sangsaeng.statistics.Statistics.StepTime;
import org.sangsaeng.statistics.Statistics.StuckGroup;
import org.sangsaeng.statistics.Statistics.StuckTask;
import org.sangsaeng.statistics.Statistics.StuckWork;
import org.sangsaeng.statistics.Statistics.VoteTurnout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures, each one aggregated by the database (GROUP BY over indexed ranges, see
 * changelog 0015): no query reads the rows it counts into memory. The foundation and admins see
 * every market and co-op, a leader the co-ops they lead; everyone else is refused.
 */
@Service
@Transactional(readOnly = true)
public class StatisticsService {

    /**
     * Seoul has kept UTC+9 without daylight saving since 1988, so days are buckets of the UTC time
     * plus nine hours.
     */
    private static final String SEOUL_DAY = "DATE(%s + INTERVAL 9 HOUR)";

    static final String PURCHASE_PROCESS = "group-purchase";
    static final int OLDEST_STUCK = 10;

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUsers currentUsers;
    private final CoopService coops;
    private final JointSaleFigures jointSales;
    private final Clock clock;
    private final Duration stuckAfter;

    StatisticsService(
            NamedParameterJdbcTemplate jdbc,
            CurrentUsers currentUsers,
            CoopService coops,
            JointSaleFigures jointSales,
            Clock clock,
            @Value("${sangsaeng.statistics.stuck-after:P3D}") Duration stuckAfter) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.coops = coops;
        this.jointSales = jointSales;
        this.clock = clock;
        this.stuckAfter = stuckAfter;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(MarketTime.ZONE));
    }

    /** The co-ops the signed-in person may see figures of; refuses people who oversee none. */
    public List<CoopSummary> visibleCoops() {
        return visibleCoops(requireOverseer());
    }

    /**
     * The dashboard for a filter; refuses a co-op or market the person does not oversee, and bad
     * dates.
     */
    public Statistics statistics(StatisticsFilter requested) {
        CurrentUser me = requireOverseer();
        StatisticsFilter filter = requested.resolved(today());
        List<CoopSummary> scope = scope(me, filter);
        return compute(filter, scope);
    }

    Statistics compute(StatisticsFilter filter, List<CoopSummary> scope) {
        Instant now = clock.instant();
        MapSqlParameterSource p =
                new MapSqlParameterSource()
                        .addValue(
                                "coops",
                                scope.isEmpty()
                                        ? List.of(-1L)
                                        : scope.stream().map(CoopSummary::id).toList())
                        .addValue(
                                "from",
                                utc(filter.from().atStartOfDay(MarketTime.ZONE).toInstant()))
                        .addValue(
                                "to",
                                utc(
                                        filter.to()
                                                .plusDays(1)
                                                .atStartOfDay(MarketTime.ZONE)
                                                .toInstant()))
                        .addValue("now", utc(now))
                        .addValue("stuckBefore", utc(now.minus(stuckAfter)))
                        .addValue("process", PURCHASE_PROCESS);
        Map<Long, String> coopNames =
                scope.stream().collect(Collectors.toMap(CoopSummary::id, CoopSummary::name));
        return new Statistics(
                filter,
                scopeName(filter, scope),
                now,
                members(filter, p),
                businessTypes(p),
                funnel(p),
                jointSales.of(p, coopNames),
                votes(p),
                stepTimes(p),
                coupons(p),
                jobs(p),
                stuck(p, coopNames));
    }

    private CurrentUser requireOverseer() {
        CurrentUser me = currentUsers.require();
        if (!me.overseesAll() && !me.has(Role.LEADER)) {
            throw new AccessDeniedException("stats.error.notAllowed");
        }
        return me;
    }

    private List<CoopSummary> visibleCoops(CurrentUser me) {
        return coops.listCoops().stream().filter(c -> me.oversees(c.id())).toList();
    }

    /**
     * The co-ops a filter covers, all of which the person oversees; unknown co-ops are "not found".
     */
    List<CoopSummary> scope(CurrentUser me, StatisticsFilter filter) {
        if (filter.coopId() != null) {
            CoopSummary coop = coops.get(filter.coopId());
            if (!me.oversees(coop.id())) {
                throw new AccessDeniedException("stats.error.notYourCoop");
            }
            return filter.marketId() == null || filter.marketId() == coop.marketId()
                    ? List.of(coop)
                    : List.of();
        }
        List<CoopSummary> visible = visibleCoops(me);
        if (filter.marketId() == null) {
            return visible;
        }
        List<CoopSummary> inMarket =
                visible.stream().filter(c -> c.marketId() == filter.marketId()).toList();
        if (inMarket.isEmpty() && !me.overseesAll()) {
            throw new AccessDeniedException("stats.error.notYourCoop");
        }
        return inMarket;
    }

    private static String scopeName(StatisticsFilter filter, List<CoopSummary> scope) {
        if (filter.coopId() != null && scope.size() == 1) {
            return scope.getFirst().name();
        }
        if (filter.marketId() != null && !scope.isEmpty()) {
            return scope.getFirst().marketName();
        }
        return null;
    }

    private Members members(StatisticsFilter filter, MapSqlParameterSource p) {
        String active = "FROM membership WHERE coop_id IN (:coops) AND status = 'ACTIVE' ";
        long total = count("SELECT COUNT(*) " + active, p);
        Map<LocalDate, Long> recent =
                days(
                        "SELECT "
                                + day("joined_at")
                                + " d, COUNT(*) n "
                                + active
                                + "AND joined_at >= :recentFrom AND joined_at < :now GROUP BY d",
                        new MapSqlParameterSource(p.getValues())
                                .addValue(
                                        "recentFrom",
                                        utc(
                                                today().minusDays(1)
                                                        .atStartOfDay(MarketTime.ZONE)
                                                        .toInstant())));
        long before = count("SELECT COUNT(*) " + active + "AND joined_at < :from", p);
        Map<LocalDate, Long> joined =
                days(
                        "SELECT "
                                + day("joined_at")
                                + " d, COUNT(*) n "
                                + active
                                + "AND joined_at >= :from AND joined_at < :to GROUP BY d",
                        p);
        List<DayCount> growth = new ArrayList<>();
        long running = before;
        for (LocalDate d = filter.from(); !d.isAfter(filter.to()); d = d.plusDays(1)) {
            long n = joined.getOrDefault(d, 0L);
            running += n;
            growth.add(new DayCount(d, n, running));
        }
        return new Members(
                total,
                recent.getOrDefault(today(), 0L),
                recent.getOrDefault(today().minusDays(1), 0L),
                growth);
    }

    private List<BusinessTypeActivity> businessTypes(MapSqlParameterSource p) {
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

    private PurchaseFunnel funnel(MapSqlParameterSource p) {
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
                        "SELECT COALESCE(SUM(b.total), 0) FROM purchase_bill b JOIN purchase x ON x.id = b.purchase_id"
                                + " WHERE x.coop_id IN (:coops) AND x.created_at >= :from AND x.created_at < :to",
                        p);
        return new PurchaseFunnel(f[0], f[1], f[2], f[3], f[4], byStage, Won.of(billed));
    }

    private List<VoteTurnout> votes(MapSqlParameterSource p) {
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
    private List<StepTime> stepTimes(MapSqlParameterSource p) {
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

    private List<ShopCoupons> coupons(MapSqlParameterSource p) {
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

    private Jobs jobs(MapSqlParameterSource p) {
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

    /**
     * Open tasks older than the threshold, as of now whatever the period, by co-op and step; and
     * the oldest.
     */
    private StuckWork stuck(MapSqlParameterSource p, Map<Long, String> coopNames) {
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

    private long count(String sql, MapSqlParameterSource p) {
        Long n = jdbc.queryForObject(sql, p, Long.class);
        return n == null ? 0 : n;
    }

    private Map<LocalDate, Long> days(String sql, MapSqlParameterSource p) {
        Map<LocalDate, Long> byDay = new HashMap<>();
        jdbc.query(
                sql,
                p,
                rs -> {
                    byDay.put(rs.getObject("d", LocalDate.class), rs.getLong("n"));
                });
        return byDay;
    }

    private static String day(String column) {
        return SEOUL_DAY.formatted(column);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
