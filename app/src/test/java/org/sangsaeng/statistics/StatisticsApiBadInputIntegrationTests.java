package org.sangsaeng.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sangsaeng.Fixtures;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.voting.ApprovalRule;
import org.sangsaeng.voting.OpenVote;
import org.sangsaeng.voting.VoteRules;
import org.sangsaeng.voting.VoteService;
import org.sangsaeng.web.BadInputTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Figures, charts and the monthly report refuse bad periods and strangers, and escape every text
 * they show.
 */
class StatisticsApiBadInputIntegrationTests extends BadInputTest {

    @Autowired VoteService votes;

    Supplier<?> nothing;

    @BeforeEach
    void givenACoop() {
        nothing = bad.tables("coop", "vote");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "from=2026-13-01",
                "from=yesterday",
                "from=2026-05-01&to=2026-04-01",
                "from=2010-01-01&to=2026-01-01",
                "from=-999999999-01-01&to=-999999999-01-02",
                "from=+999999999-12-01&to=+999999999-12-31",
                "coopId=abc",
                "marketId=1.5"
            })
    void badPeriodsAndIdsAreRefused(String query) {
        bad.refused(400, "GET", "/api/v1/statistics?" + query, f.leader(), null, nothing);
        bad.refused(
                400,
                "GET",
                "/api/v1/statistics/charts/members.svg?" + query,
                f.leader(),
                null,
                nothing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "May", "", "+999999999-12", "-999999999-01", "9999-01"})
    void badMonthsAreRefused(String month) {
        bad.refused(
                400,
                "GET",
                "/api/v1/reports/coops/" + f.coopId() + "/monthly?month=" + month,
                f.leader(),
                null,
                nothing);
    }

    @Test
    void strangersUnknownCoopsAndUnknownChartsAreRefused() {
        String month = YearMonth.now(MarketTime.ZONE).toString();
        bad.refused(
                400,
                "GET",
                "/api/v1/reports/coops/" + f.coopId() + "/monthly",
                f.leader(),
                null,
                nothing);
        bad.refused(403, "GET", "/api/v1/statistics", f.member(), null, nothing);
        bad.refused(
                403,
                "GET",
                "/api/v1/statistics?coopId=" + f.coopId(),
                f.otherLeader(),
                null,
                nothing);
        bad.refused(
                403,
                "GET",
                "/api/v1/reports/coops/" + f.coopId() + "/monthly?month=" + month,
                f.otherLeader(),
                null,
                nothing);
        bad.refused(
                404,
                "GET",
                "/api/v1/reports/coops/987654321/monthly?month=" + month,
                f.leader(),
                null,
                nothing);
        bad.refused(404, "GET", "/api/v1/statistics?coopId=987654321", f.leader(), null, nothing);
        bad.refused(404, "GET", "/api/v1/statistics/charts/secrets.svg", f.leader(), null, nothing);
    }

    @ParameterizedTest
    @MethodSource("org.sangsaeng.web.BadInput#hostileTexts")
    void theMonthlyReportAndChartsEscapeEveryText(String hostile) {
        String s = UUID.randomUUID().toString().substring(0, 8);
        long coop = coops.createCoop("시장-" + s, "성남시", hostile + s, "test");
        String leader = "leader-" + s;
        accounts.addMembership(
                coop,
                accounts.createAccount(leader, Fixtures.PASSWORD, hostile, Set.of()),
                true,
                BusinessType.BAKERY,
                hostile);
        votes.open(
                new OpenVote(
                        "report-" + s,
                        coop,
                        hostile,
                        Instant.now().plus(1, ChronoUnit.DAYS),
                        new VoteRules(50, ApprovalRule.SIMPLE_MAJORITY, null, false)));
        String month = YearMonth.now(MarketTime.ZONE).toString();

        var report =
                bad.send(
                        "GET",
                        "/api/v1/reports/coops/" + coop + "/monthly?month=" + month,
                        leader,
                        null);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(report.body())
                .doesNotContain(hostile)
                .doesNotContain("<script", "<img", "\" OR")
                .contains(escaped(hostile + s));
        String disposition = report.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition)
                .as("the file name cannot break out of its quotes")
                .doesNotContain("<", "\n")
                .matches("attachment; filename=\"[^\"]*\"; filename\\*=UTF-8''[^\"\\s]*");

        for (String chart : new String[] {"members", "business-types", "turnout", "funnel"}) {
            var svg =
                    bad.send(
                            "GET",
                            "/api/v1/statistics/charts/" + chart + ".svg?coopId=" + coop,
                            leader,
                            null);
            assertThat(svg.statusCode()).as(svg.body()).isEqualTo(200);
            assertThat(svg.body())
                    .as(chart)
                    .doesNotContain(hostile)
                    .doesNotContain("<script", "<img");
        }
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
