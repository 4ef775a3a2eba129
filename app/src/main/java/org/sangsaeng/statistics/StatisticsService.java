package org.sangsaeng.statistics;

import static org.sangsaeng.statistics.StatisticsSql.utc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coop.CoopSummary;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.Role;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.MarketTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures, each one aggregated by the database (GROUP BY over indexed ranges, see
 * changelog 0015): no query reads the rows it counts into memory. The foundation and admins see
 * every market and co-op, a leader the co-ops they lead; everyone else is refused. This class
 * decides who sees which co-ops and for which period; the figures classes ({@link MemberFigures},
 * {@link PurchaseFigures}, {@link JointSaleFigures}, {@link ActivityFigures}, {@link
 * StuckWorkFigures}) hold the queries.
 */
@Service
@Transactional(readOnly = true)
public class StatisticsService {

    private final CurrentUsers currentUsers;
    private final CoopService coops;
    private final MemberFigures members;
    private final PurchaseFigures purchases;
    private final JointSaleFigures jointSales;
    private final ActivityFigures activity;
    private final StuckWorkFigures stuck;
    private final Clock clock;

    StatisticsService(
            CurrentUsers currentUsers,
            CoopService coops,
            MemberFigures members,
            PurchaseFigures purchases,
            JointSaleFigures jointSales,
            ActivityFigures activity,
            StuckWorkFigures stuck,
            Clock clock) {
        this.currentUsers = currentUsers;
        this.coops = coops;
        this.members = members;
        this.purchases = purchases;
        this.jointSales = jointSales;
        this.activity = activity;
        this.stuck = stuck;
        this.clock = clock;
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
                        .addValue("process", PurchaseFigures.PURCHASE_PROCESS);
        Map<Long, String> coopNames =
                scope.stream().collect(Collectors.toMap(CoopSummary::id, CoopSummary::name));
        return new Statistics(
                filter,
                scopeName(filter, scope),
                now,
                members.members(filter, today(), p),
                members.businessTypes(p),
                purchases.funnel(p),
                jointSales.of(p, coopNames),
                purchases.votes(p),
                purchases.stepTimes(p),
                activity.coupons(p),
                activity.jobs(p),
                stuck.stuck(p, now, coopNames));
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
}
