package org.sangsaeng.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.sangsaeng.CoopTest;
import org.sangsaeng.Fixtures;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.Role;
import org.sangsaeng.shared.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A statistics test against hand-counted rows: the service and the monthly reports on a fixed
 * clock, a foundation officer, and the members and rows the data set is made of.
 */
abstract class StatisticsTest extends CoopTest {

    @Autowired CurrentUsers currentUsers;
    @Autowired NamedParameterJdbcTemplate named;
    @Autowired StatisticsCharts charts;
    @Autowired Messages messages;

    StatisticsService service;
    MonthlyReports reports;
    String foundation;

    /** The service and reports as they run at {@code now}; the officer is {@code foundation-s}. */
    void givenTheServiceAt(Instant now, String s) {
        service =
                new StatisticsService(
                        currentUsers,
                        coops,
                        new MemberFigures(named),
                        new PurchaseFigures(named),
                        new JointSaleFigures(named),
                        new ActivityFigures(named),
                        new StuckWorkFigures(named, Duration.ofDays(3)),
                        Clock.fixed(now, ZoneOffset.UTC));
        reports = new MonthlyReports(service, charts, messages);
        foundation = "foundation-" + s;
        accounts.createAccount(foundation, Fixtures.PASSWORD, "정재단", Set.of(Role.FOUNDATION));
    }

    long userId(String username) {
        return new Rows(jdbc).userId(username);
    }

    /** A new member of the co-op with a shop of {@code type}; the member's user id. */
    long addMember(String username, BusinessType type, String shop) {
        long id = accounts.createAccount(username, Fixtures.PASSWORD, shop + " 사장", Set.of());
        accounts.addMembership(f.coopId(), id, false, type, shop);
        return id;
    }

    long insert(String sql, Object... arguments) {
        return new Rows(jdbc).insert(sql, arguments);
    }

    static LocalDateTime utc(String instant) {
        return Rows.utc(instant);
    }
}
