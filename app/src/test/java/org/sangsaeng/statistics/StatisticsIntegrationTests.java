package org.sangsaeng.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.Won;
import org.sangsaeng.statistics.Statistics.BusinessTypeActivity;
import org.sangsaeng.statistics.Statistics.DayCount;
import org.sangsaeng.statistics.Statistics.ShopCoupons;
import org.sangsaeng.statistics.Statistics.StageCount;
import org.sangsaeng.statistics.Statistics.StepTime;
import org.sangsaeng.web.BasicAuth;
import org.sangsaeng.web.LocalHttp;

/**
 * Every figure of the dashboard against a small data set whose numbers are worked out by hand in
 * the comments. The service runs on a fixed clock: now is 2026-10-20 12:00 in Seoul (03:00 UTC),
 * the period is 2026-10-01 to 2026-10-20 (Seoul), i.e. [2026-09-30T15:00Z, 2026-10-20T15:00Z).
 */
class StatisticsIntegrationTests extends StatisticsTest {

    static final Instant NOW = Instant.parse("2026-10-20T03:00:00Z");
    static final LocalDate FROM = LocalDate.parse("2026-10-01");
    static final LocalDate TODAY = LocalDate.parse("2026-10-20");

    long leader;
    long member;
    long cafe;
    long bakery;
    long fruit;
    long supplier;
    long keys;

    @BeforeEach
    void givenACoopWithAMonthOfActivity() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        givenTheServiceAt(NOW, s);
        leader = userId(f.leader());
        member = userId(f.member());
        cafe = addMember("cafe-" + s, BusinessType.CAFE, "카페 봄");
        bakery = addMember("bakery-" + s, BusinessType.BAKERY, "빵굽는집");
        fruit = addMember("fruit-" + s, BusinessType.FRUIT, "과일천국");
        long left = addMember("left-" + s, BusinessType.RICE_CAKES, "떡방앗간");
        keys = 9_000_000_000L + f.coopId() * 1_000;
        supplier = coops.createSupplier("밀가루상회-" + s, "밀가루 20kg", null);

        // Members: the leader joined before the period; the member at its very first instant
        // (10-01 00:00 in Seoul); the bakery and the fruit shop yesterday (10-19 in Seoul), the
        // cafe
        // today (10-20 00:30 in Seoul). The rice-cake shop has left and counts nowhere.
        joined(leader, "2026-09-15T00:00:00Z");
        joined(member, "2026-09-30T15:00:00Z");
        joined(bakery, "2026-10-18T16:00:00Z");
        joined(fruit, "2026-10-19T01:00:00Z");
        joined(cafe, "2026-10-19T15:30:00Z");
        joined(left, "2026-10-10T00:00:00Z");
        jdbc.update("UPDATE membership SET status = 'LEFT' WHERE user_id = ?", left);

        // Group purchases of the period: P1 settled, P2 confirmed (settling), P3 refused by the
        // supplier, P4 voted down, P5 still voting. P6 is before the period, P7 of the other co-op.
        long p1 =
                purchase(f.coopId(), leader, "CLOSED", "PASSED", "CONFIRM", "2026-10-02T01:00:00Z");
        long p2 =
                purchase(
                        f.coopId(),
                        leader,
                        "SETTLING",
                        "PASSED",
                        "PARTIAL",
                        "2026-10-03T01:00:00Z");
        purchase(f.coopId(), member, "CANCELLED", "PASSED", "REJECT", "2026-10-04T01:00:00Z");
        purchase(f.coopId(), member, "REJECTED", "FAILED", null, "2026-10-05T01:00:00Z");
        purchase(f.coopId(), leader, "VOTING", null, null, "2026-10-19T01:00:00Z");
        long p6 =
                purchase(f.coopId(), leader, "CLOSED", "PASSED", "CONFIRM", "2026-09-20T01:00:00Z");
        purchase(
                f.otherCoopId(),
                userId(f.otherLeader()),
                "VOTING",
                null,
                null,
                "2026-10-06T01:00:00Z");
        bill(p1, leader, 110_000, 10_000);
        bill(p1, member, 75_000, 5_500);
        bill(p2, leader, 40_000, 5_000);
        bill(p6, leader, 90_000, 9_999);

        // Coupons: C1 by the leader's shop, C2 by the bakery, C3 by the cafe before the period.
        long c1 = coupon(leader, "2026-10-02T00:00:00Z");
        long c2 = coupon(bakery, "2026-10-03T00:00:00Z");
        long c3 = coupon(cafe, "2026-09-10T00:00:00Z");
        long c1a = issue(c1, "2026-10-04T00:00:00Z");
        long c1b = issue(c1, "2026-10-04T01:00:00Z");
        issue(c1, "2026-10-04T02:00:00Z");
        issue(c1, "2026-10-04T03:00:00Z");
        long c1old = issue(c1, "2026-09-25T00:00:00Z");
        issue(c2, "2026-10-05T00:00:00Z");
        issue(c2, "2026-10-06T00:00:00Z");
        long c3a = issue(c3, "2026-10-07T00:00:00Z");
        redeem(c1a, 1, "2026-10-05T00:00:00Z");
        redeem(c1a, 2, "2026-10-06T00:00:00Z");
        redeem(c1b, 1, "2026-10-07T00:00:00Z");
        redeem(c1old, 1, "2026-09-26T00:00:00Z");
        redeem(c3a, 1, "2026-10-10T00:00:00Z");

        // Jobs: J1 (1 position) filled 2 d 6 h after posting; J2 (2 positions) filled when the
        // second was accepted 1 d 12 h after posting; J3 half filled; J4 without applicants; J5
        // before the period.
        long j1 = job("BAKERY", 1, "2026-10-02T00:00:00Z");
        long j2 = job("BUTCHER", 2, "2026-10-05T00:00:00Z");
        long j3 = job("BAKERY", 2, "2026-10-08T00:00:00Z");
        job("CAFE", 1, "2026-10-09T00:00:00Z");
        long j5 = job("BAKERY", 1, "2026-09-01T00:00:00Z");
        application(j1, userId(f.applicant()), "ACCEPTED", "2026-10-04T06:00:00Z");
        application(j1, fruit, "REJECTED", "2026-10-03T00:00:00Z");
        application(j2, userId(f.applicant()), "ACCEPTED", "2026-10-05T10:00:00Z");
        application(j2, fruit, "ACCEPTED", "2026-10-06T12:00:00Z");
        application(j3, userId(f.applicant()), "ACCEPTED", "2026-10-09T00:00:00Z");
        application(j3, fruit, "APPLIED", "2026-10-09T00:00:00Z");
        application(j5, userId(f.applicant()), "ACCEPTED", "2026-09-02T00:00:00Z");

        // Votes: V1 of 5 voters, 3 current ballots (the member changed their mind: the replaced
        // ballot does not count) = 60 %; V2 of 4 voters, 1 ballot = 25 %; V3 before the period.
        long v1 = vote("2026-10-03T00:00:00Z", 5);
        long v2 = vote("2026-10-12T00:00:00Z", 4);
        long v3 = vote("2026-09-29T00:00:00Z", 3);
        ballot(v1, leader, 1);
        ballot(v1, member, null);
        ballot(v1, member, 1);
        ballot(v1, cafe, 1);
        ballot(v2, leader, 1);
        ballot(v3, leader, 1);

        // Stuck work (open longer than 3 days, i.e. created before 10-17 03:00Z).
        task(1, f.coopId(), "group-purchase", "PledgeTask", "OPEN", "2026-10-10T00:00:00Z");
        task(2, f.coopId(), "group-purchase", "PledgeTask", "OPEN", "2026-10-15T00:00:00Z");
        task(
                3,
                f.coopId(),
                "membership-application",
                "ReviewApplicationTask",
                "OPEN",
                "2026-10-01T00:00:00Z");
        task(4, f.coopId(), "group-purchase", "PledgeTask", "OPEN", "2026-10-18T00:00:00Z");
        task(5, f.coopId(), "group-purchase", "PledgeTask", "COMPLETED", "2026-10-01T00:00:00Z");
        task(6, f.otherCoopId(), "group-purchase", "PledgeTask", "OPEN", "2026-10-01T00:00:00Z");

        // Step times of the engine's audit projection (changelog 0014 of the process explorer).
        long i1 = instance(1, "group-purchase", f.coopId());
        long i2 = instance(2, "group-purchase", f.coopId());
        long i3 = instance(3, "group-purchase", f.otherCoopId());
        long i4 = instance(4, "member-vote", f.coopId());
        for (int h = 1; h <= 10; h++) {
            step(h, h <= 5 ? i1 : i2, "PledgeTask", "USER_TASK", "2026-10-02T00:00:00Z", hours(h));
        }
        step(11, i1, "ConfirmPaymentTask", "USER_TASK", "2026-10-03T00:00:00Z", hours(2));
        step(12, i2, "ConfirmPaymentTask", "USER_TASK", "2026-10-03T00:00:00Z", hours(4));
        step(13, i2, "PledgeTask", "USER_TASK", "2026-10-04T00:00:00Z", null);
        step(14, i1, "QuorumReachedGateway", "EXCLUSIVE_GATEWAY", "2026-10-02T00:00:00Z", 0L);
        step(15, i3, "PledgeTask", "USER_TASK", "2026-10-02T00:00:00Z", hours(100));
        step(16, i4, "CastVoteTask", "USER_TASK", "2026-10-02T00:00:00Z", hours(100));
        step(17, i1, "PledgeTask", "USER_TASK", "2026-09-20T00:00:00Z", hours(50));
    }

    @Test
    void everyFigureOfTheCoopMatchesTheHandCount() {
        Fixtures.signIn(f.leader());
        Statistics s = service.statistics(new StatisticsFilter(null, f.coopId(), FROM, TODAY));

        // Active: leader, member, bakery, fruit, cafe = 5; today the cafe, yesterday bakery and
        // fruit.
        assertThat(s.members().total()).isEqualTo(5);
        assertThat(s.members().newToday()).isEqualTo(1);
        assertThat(s.members().newYesterday()).isEqualTo(2);
        // 20 days; before the period 1 (leader); 10-01 +1 = 2; 10-19 +2 = 4; 10-20 +1 = 5.
        List<DayCount> growth = s.members().growth();
        assertThat(growth).hasSize(20);
        assertThat(growth.getFirst()).isEqualTo(new DayCount(FROM, 1, 2));
        assertThat(growth.get(1)).isEqualTo(new DayCount(FROM.plusDays(1), 0, 2));
        assertThat(growth.get(18)).isEqualTo(new DayCount(LocalDate.parse("2026-10-19"), 2, 4));
        assertThat(growth.getLast()).isEqualTo(new DayCount(TODAY, 1, 5));

        // BAKERY: members leader + bakery = 2, purchases P1 P2 P5 = 3, coupons C1 C2 = 2, jobs J1
        // J3 = 2;
        // BUTCHER: 1 member, P3 P4 = 2, no coupon, J2 = 1; CAFE: 1 member, C3 outside the period,
        // J4;
        // FRUIT: 1 member only. Ordered by activity (purchases + coupons + jobs): 7, 3, 1, 0.
        assertThat(s.businessTypes())
                .containsExactly(
                        new BusinessTypeActivity(BusinessType.BAKERY, 2, 3, 2, 2),
                        new BusinessTypeActivity(BusinessType.BUTCHER, 1, 2, 0, 1),
                        new BusinessTypeActivity(BusinessType.CAFE, 1, 0, 0, 1),
                        new BusinessTypeActivity(BusinessType.FRUIT, 1, 0, 0, 0));

        // Proposed P1-P5 = 5; voted P1-P4 = 4; ordered P1 P2 P3 = 3; confirmed P1 P2 = 2; settled
        // P1 = 1.
        Statistics.PurchaseFunnel funnel = s.purchases();
        assertThat(
                        List.of(
                                funnel.proposed(),
                                funnel.voted(),
                                funnel.ordered(),
                                funnel.confirmed(),
                                funnel.settled()))
                .containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(funnel.byStage())
                .containsExactly(
                        new StageCount("CANCELLED", 1),
                        new StageCount("CLOSED", 1),
                        new StageCount("REJECTED", 1),
                        new StageCount("SETTLING", 1),
                        new StageCount("VOTING", 1));
        // Bills of P1 and P2: 120,000 + 80,500 + 45,000 = 245,500 (P6's 99,999 is before the
        // period).
        assertThat(funnel.billed()).isEqualTo(Won.of(245_500));

        assertThat(s.votes())
                .extracting(
                        Statistics.VoteTurnout::electorate,
                        Statistics.VoteTurnout::voted,
                        Statistics.VoteTurnout::turnoutPercent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(5, 3, 60),
                        org.assertj.core.groups.Tuple.tuple(4, 1, 25));

        // PledgeTask: 1..10 h, average 5.5 h; p90 (continuous) at rank 0.9 x 9 = 8.1: 9 h + 0.1 x 1
        // h = 9.1 h.
        // ConfirmPaymentTask: 2 h and 4 h, average 3 h; p90 at 0.9 x 1: 2 h + 0.9 x 2 h = 3.8 h.
        assertThat(s.stepTimes())
                .containsExactly(
                        new StepTime(
                                "PledgeTask", 10, Duration.ofMinutes(330), Duration.ofMinutes(546)),
                        new StepTime(
                                "ConfirmPaymentTask",
                                2,
                                Duration.ofHours(3),
                                Duration.ofMinutes(228)));

        // Issued in the period: C1 4 (one more before), C2 2, C3 1; redeemed in the period: C1 3,
        // C3 1.
        assertThat(s.coupons())
                .containsExactly(
                        new ShopCoupons(f.coopId(), "태평당", 4, 3),
                        new ShopCoupons(f.coopId(), "빵굽는집", 2, 0),
                        new ShopCoupons(f.coopId(), "카페 봄", 1, 1));

        // Posted J1-J4 = 4; filled J1 (54 h) and J2 (36 h); average 45 h.
        assertThat(s.jobs()).isEqualTo(new Statistics.Jobs(4, 2, Duration.ofHours(45)));

        // Stuck: PledgeTask twice (10-10, 10-15), the review once (10-01); the oldest first.
        Statistics.StuckWork stuck = s.stuck();
        assertThat(stuck.threshold()).isEqualTo(Duration.ofDays(3));
        assertThat(stuck.total()).isEqualTo(3);
        assertThat(stuck.groups())
                .extracting(
                        Statistics.StuckGroup::elementId,
                        Statistics.StuckGroup::count,
                        Statistics.StuckGroup::oldestSince)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "PledgeTask", 2L, Instant.parse("2026-10-10T00:00:00Z")),
                        org.assertj.core.groups.Tuple.tuple(
                                "ReviewApplicationTask",
                                1L,
                                Instant.parse("2026-10-01T00:00:00Z")));
        assertThat(stuck.oldest())
                .extracting(Statistics.StuckTask::taskId)
                .containsExactly(keys + 3, keys + 1, keys + 2);
        assertThat(stuck.oldest().getFirst().coopName()).startsWith("테스트조합-");
    }

    @Test
    void aLeaderSeesOnlyTheCoopsTheyLeadAndMembersAreRefused() {
        Fixtures.signIn(f.leader());
        assertThat(
                        service.statistics(new StatisticsFilter(null, null, FROM, TODAY))
                                .purchases()
                                .proposed())
                .as("without a filter, the leader's own co-op")
                .isEqualTo(5);
        assertThat(service.visibleCoops()).extracting(c -> c.id()).containsExactly(f.coopId());

        Fixtures.signIn(f.otherLeader());
        assertThatThrownBy(
                        () ->
                                service.statistics(
                                        new StatisticsFilter(null, f.coopId(), FROM, TODAY)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("stats.error.notYourCoop");

        Fixtures.signIn(f.member());
        assertThatThrownBy(
                        () ->
                                service.statistics(
                                        new StatisticsFilter(null, f.coopId(), FROM, TODAY)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("stats.error.notAllowed");
        assertThatThrownBy(() -> service.statistics(new StatisticsFilter(null, null, FROM, TODAY)))
                .isInstanceOf(AccessDeniedException.class);

        Fixtures.signOut();
        assertThatThrownBy(() -> service.statistics(new StatisticsFilter(null, null, FROM, TODAY)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theFoundationSeesEveryCoopAndWholeMarkets() {
        Fixtures.signIn(foundation);
        assertThat(
                        service.statistics(new StatisticsFilter(null, f.coopId(), FROM, TODAY))
                                .purchases()
                                .proposed())
                .isEqualTo(5);
        long market = coops.get(f.coopId()).marketId();
        Statistics wholeMarket =
                service.statistics(new StatisticsFilter(market, null, FROM, TODAY));
        // Both co-ops of the market: P1-P5 and P7; stuck: 3 + the other co-op's task.
        assertThat(wholeMarket.purchases().proposed()).isEqualTo(6);
        assertThat(wholeMarket.stuck().total()).isEqualTo(4);
        assertThat(wholeMarket.scopeName()).startsWith("테스트시장-");
        assertThat(
                        service.statistics(new StatisticsFilter(null, null, FROM, TODAY))
                                .purchases()
                                .proposed())
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void reversedOrTooLongPeriodsAreRefusedAndTheDefaultIsTheLastThirtyDays() {
        Fixtures.signIn(foundation);
        assertThatThrownBy(
                        () ->
                                service.statistics(
                                        new StatisticsFilter(null, f.coopId(), TODAY, FROM)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("stats.error.reversed");
        assertThatThrownBy(
                        () ->
                                service.statistics(
                                        new StatisticsFilter(
                                                null,
                                                f.coopId(),
                                                TODAY.minusYears(5).minusDays(1),
                                                TODAY)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("stats.error.tooLong");
        assertThat(
                        service.statistics(
                                        new StatisticsFilter(
                                                null, f.coopId(), TODAY.minusYears(5), TODAY))
                                .filter()
                                .from())
                .isEqualTo(TODAY.minusYears(5));
        StatisticsFilter resolved =
                service.statistics(new StatisticsFilter(null, f.coopId(), null, null)).filter();
        assertThat(resolved.from()).isEqualTo(LocalDate.parse("2026-09-21"));
        assertThat(resolved.to()).isEqualTo(TODAY);
        assertThatThrownBy(
                        () ->
                                service.statistics(
                                        new StatisticsFilter(
                                                null, f.coopId(), TODAY.plusDays(1), null)))
                .as("a start after today without an end is reversed")
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theMonthlyReportShowsTheMonthsFiguresAndCharts() {
        Fixtures.signIn(f.leader());
        MonthlyReports.MonthlyReport report = reports.monthly(f.coopId(), "2026-10", Locale.KOREAN);
        assertThat(report.fileName()).startsWith("테스트조합-").endsWith("-2026-10.html");
        assertThat(report.html())
                .contains("월간 보고서 (2026-10)", "기간 2026-10-01 ~ 2026-10-31")
                .contains("<th>전체 조합원</th><td class=\"n\">5</td>")
                .contains("<th>이달 새 조합원</th><td class=\"n\">4</td>")
                .contains(
                        "<th>정산 완료</th><td class=\"n\">1</td>",
                        "<th>청구 합계</th><td class=\"n\">245,500원</td>")
                .contains("3/5명 투표 (60%)", "1/4명 투표 (25%)")
                .contains("공동구매 수량 신청", "평균 5시간 30분 · 90% 9시간 6분 · 10건")
                .contains("<th>발급</th><td class=\"n\">7</td>", "<th>사용</th><td class=\"n\">4</td>")
                .contains("<th>채용 완료</th><td class=\"n\">2</td>", "<td class=\"n\">1일 21시간</td>")
                .contains("<th>3일 넘게 열린 일</th><td class=\"n\">3</td>")
                .contains("<svg", "태평당", "Noto Sans KR")
                .doesNotContain("<script");
        assertThat(reports.monthly(f.coopId(), "2026-10", Locale.ENGLISH).html())
                .contains("monthly report (2026-10)", "3 of 5 voted (60%)");

        assertThatThrownBy(() -> reports.monthly(f.coopId(), "2026-11", Locale.KOREAN))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("report.error.futureMonth");
        assertThatThrownBy(() -> reports.monthly(f.coopId(), "2026-13", Locale.KOREAN))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("report.error.month");
        Fixtures.signIn(f.otherLeader());
        assertThatThrownBy(() -> reports.monthly(f.coopId(), "2026-10", Locale.KOREAN))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theRestApiExplainsRefusalsInTheCallersLanguage() throws Exception {
        String query = "/api/v1/statistics?coopId=" + f.coopId() + "&from=2026-10-01&to=2026-10-20";
        HttpResponse<String> ok = get(query, f.leader(), null);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"proposed\":5", "\"billed\":245500");
        assertThat(get(query, f.member(), null).statusCode()).isEqualTo(403);
        assertThat(get(query, f.otherLeader(), null).statusCode()).isEqualTo(403);

        String reversed =
                "/api/v1/statistics?coopId=" + f.coopId() + "&from=2026-10-20&to=2026-10-01";
        HttpResponse<String> korean = get(reversed, f.leader(), null);
        assertThat(korean.statusCode()).isEqualTo(400);
        assertThat(korean.body()).contains("기간의 시작(2026-10-20)이 끝(2026-10-01)보다 늦습니다");
        assertThat(get(reversed, f.leader(), "en").body())
                .contains("The period starts (2026-10-20) after it ends");
        HttpResponse<String> tooLong =
                get("/api/v1/statistics?from=2020-01-01&to=2026-10-01", foundation, "en");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("longer than 5 years");

        HttpResponse<String> chart =
                get(
                        "/api/v1/statistics/charts/funnel.svg?coopId="
                                + f.coopId()
                                + "&from=2026-10-01&to=2026-10-20",
                        f.leader(),
                        null);
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        assertThat(chart.body()).startsWith("<svg").contains("공동구매 단계별 진행");

        HttpResponse<String> report =
                get(
                        "/api/v1/reports/coops/" + f.coopId() + "/monthly?month=2026-10",
                        f.leader(),
                        null);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(report.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        d -> assertThat(d).startsWith("attachment").contains("2026-10.html"));
        assertThat(report.body()).contains("245,500원");
        assertThat(
                        get(
                                        "/api/v1/reports/coops/"
                                                + f.coopId()
                                                + "/monthly?month=2026-10",
                                        f.leader(),
                                        "en")
                                .body())
                .contains("monthly report");
        HttpResponse<String> future =
                get(
                        "/api/v1/reports/coops/" + f.coopId() + "/monthly?month=2099-01",
                        f.leader(),
                        "en");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("No report for a month still to come");
        HttpResponse<String> malformed =
                get(
                        "/api/v1/reports/coops/" + f.coopId() + "/monthly?month=october",
                        f.leader(),
                        null);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("2026-10처럼");
        assertThat(
                        get(
                                        "/api/v1/reports/coops/"
                                                + f.coopId()
                                                + "/monthly?month=2026-10",
                                        f.otherLeader(),
                                        null)
                                .statusCode())
                .isEqualTo(403);
    }

    private HttpResponse<String> get(String path, String user, String language) throws Exception {
        HttpRequest.Builder request =
                LocalHttp.request(port, path).header("Authorization", BasicAuth.of(user));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return LocalHttp.send(request.GET());
    }

    private void joined(long userId, String at) {
        jdbc.update(
                "UPDATE membership SET joined_at = ? WHERE user_id = ? AND coop_id = ?",
                utc(at),
                userId,
                f.coopId());
    }

    private long purchase(
            long coopId,
            long proposer,
            String stage,
            String voteOutcome,
            String supplierAnswer,
            String at) {
        return insert(
                """
                INSERT INTO purchase (coop_id, proposed_by, supplier_id, title, reason, stage, split_basis, shipping_cost,
                    coop_fee, supplier_minimum, vote_deadline, order_deadline, order_deadline_extended, quorum_percent,
                    approval_rule, reason_required_for_no, vote_outcome, supplier_answer, created_at)
                VALUES (?, ?, ?, '밀가루 공동구매', '추석 대목', ?, 'BY_VALUE', 0, 0, 0, ?, ?, false, 50,
                    'SIMPLE_MAJORITY', false, ?, ?, ?)""",
                coopId,
                proposer,
                supplier,
                stage,
                utc(at).plusDays(2),
                utc(at).plusDays(4),
                voteOutcome,
                supplierAnswer,
                utc(at));
    }

    private void bill(long purchaseId, long memberId, long goods, long shared) {
        jdbc.update(
                """
                INSERT INTO purchase_bill (purchase_id, member_id, goods, shared_costs, total, paid, breakdown, due_at)
                VALUES (?, ?, ?, ?, ?, 0, '{}', ?)""",
                purchaseId,
                memberId,
                goods,
                shared,
                goods + shared,
                utc("2026-10-30T00:00:00Z"));
    }

    private long coupon(long author, String at) {
        return insert(
                """
                INSERT INTO coupon (coop_id, author_id, title, description, discount_type, discount_won,
                    minimum_purchase_won, valid_from, valid_to, total_quantity, per_customer_limit, audience, coop_wide,
                    needs_foundation, state, rules_version, created_at)
                VALUES (?, ?, '추석 1,000원 할인', '', 'FIXED', 1000, 10000, ?, ?, 100, 1, 'PUBLIC', false, false,
                    'PUBLISHED', 1, ?)""",
                f.coopId(),
                author,
                utc(at),
                utc(at).plusMonths(2),
                utc(at));
    }

    private long issue(long couponId, String at) {
        String code = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return insert(
                "INSERT INTO coupon_issue (coupon_id, code, token, issued_at) VALUES (?, ?, ?, ?)",
                couponId,
                code,
                UUID.randomUUID().toString(),
                utc(at));
    }

    private void redeem(long issueId, int seq, String at) {
        jdbc.update(
                """
                INSERT INTO coupon_redemption (issue_id, seq, shop_owner_id, purchase_won, discount_won, redeemed_at)
                VALUES (?, ?, ?, 12000, 1000, ?)""",
                issueId,
                seq,
                leader,
                utc(at));
    }

    private long job(String businessType, int positions, String at) {
        return insert(
                """
                INSERT INTO job_post (coop_id, employer_id, title, business_type, tasks, skills, place, area, start_date,
                    end_date, daily_start, daily_end, positions, pay_unit, pay_won, application_deadline, state,
                    rules_version, reviewer, created_at)
                VALUES (?, ?, '주말 포장 도우미', ?, '포장', '포장', '시장 안', '중앙시장', '2026-11-01', '2026-11-02',
                    '09:00', '13:00', ?, 'HOUR', 11000, ?, 'PUBLISHED', 1, 'LEADER', ?)""",
                f.coopId(),
                leader,
                businessType,
                positions,
                utc(at).plusDays(7),
                utc(at));
    }

    private void application(long postId, long seeker, String state, String at) {
        jdbc.update(
                """
                INSERT INTO job_application (post_id, seeker_id, message, state, created_at, updated_at)
                VALUES (?, ?, '하고 싶습니다', ?, ?, ?)""",
                postId,
                seeker,
                state,
                utc(at).minusHours(1),
                utc(at));
    }

    private long vote(String at, int electorate) {
        return insert(
                """
                INSERT INTO vote (subject_key, coop_id, title, deadline, quorum_percent, approval_rule, reason_required_for_no,
                    status, electorate_size, opened_at)
                VALUES (?, ?, ?, ?, 50, 'SIMPLE_MAJORITY', false, 'OPEN', ?, ?)""",
                "test-" + UUID.randomUUID(),
                f.coopId(),
                "투표 " + at.substring(0, 10),
                utc(at).plusDays(3),
                electorate,
                utc(at));
    }

    private void ballot(long voteId, long userId, Integer current) {
        jdbc.update(
                "INSERT INTO vote_ballot (vote_id, user_id, choice, cast_at, current_marker) VALUES (?, ?, 'YES', ?, ?)",
                voteId,
                userId,
                utc("2026-10-04T00:00:00Z"),
                current);
    }

    private void task(
            int n, long coopId, String process, String element, String status, String at) {
        jdbc.update(
                """
                INSERT INTO task (job_key, process_instance_key, bpmn_process_id, element_id, coop_id, created_at,
                    job_deadline, variables, status, completed_by)
                VALUES (?, 1, ?, ?, ?, ?, ?, '{}', ?, ?)""",
                keys + n,
                process,
                element,
                coopId,
                utc(at),
                utc(at).plusDays(30),
                status,
                "COMPLETED".equals(status) ? f.leader() : null);
    }

    private long instance(int n, String process, long coopId) {
        long key = keys + 100 + n;
        jdbc.update(
                """
                INSERT INTO oversight_instance (instance_key, partition_id, bpmn_process_id, process_version,
                    process_definition_key, coop_id, state, open_incidents, started_at)
                VALUES (?, 1, ?, 1, 1, ?, 'ACTIVE', 0, ?)""",
                key,
                process,
                coopId,
                utc("2026-10-02T00:00:00Z"));
        return key;
    }

    private void step(
            int n, long instance, String element, String type, String startedAt, Long durationMs) {
        LocalDateTime started = utc(startedAt);
        jdbc.update(
                """
                INSERT INTO oversight_step (element_instance_key, instance_key, bpmn_process_id, element_id, element_type,
                    state, started_at, ended_at, duration_ms) VALUES (?, ?, 'group-purchase', ?, ?, ?, ?, ?, ?)""",
                keys + 200 + n,
                instance,
                element,
                type,
                durationMs == null ? "ACTIVE" : "COMPLETED",
                started,
                durationMs == null ? null : started.plusNanos(durationMs * 1_000_000),
                durationMs);
    }

    private static Long hours(long h) {
        return Duration.ofHours(h).toMillis();
    }
}
