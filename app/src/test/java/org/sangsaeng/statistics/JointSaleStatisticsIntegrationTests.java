package org.sangsaeng.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.shared.Won;
import org.sangsaeng.web.BasicAuth;
import org.sangsaeng.web.LocalHttp;

/**
 * Joint-sale figures of October 2026 in Seoul, i.e. sales that ended in [2026-09-30T15:00Z,
 * 2026-10-31T15:00Z), against sales whose numbers are worked out by hand in the comments. The rows
 * are what a closed sale leaves behind (offer, parts, orders, one share per shop, split as
 * RevenueSplit does); the clock is fixed at 2026-11-03 12:00 in Seoul.
 */
class JointSaleStatisticsIntegrationTests extends StatisticsTest {

    static final Instant NOW = Instant.parse("2026-11-03T03:00:00Z");
    static final LocalDate OCTOBER_1 = LocalDate.parse("2026-10-01");
    static final LocalDate OCTOBER_31 = LocalDate.parse("2026-10-31");

    long bakery;
    long butcher;
    long riceCakes;
    long fruit;
    long fish;

    @BeforeEach
    void givenJointSalesAroundOctober() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        givenTheServiceAt(NOW, s);
        bakery = userId(f.leader());
        butcher = userId(f.member());
        riceCakes = addMember("tteok-" + s, BusinessType.RICE_CAKES, "최씨네 떡집");
        fruit = addMember("fruit-" + s, BusinessType.FRUIT, "싱싱 과일가게");
        fish = userId(f.otherLeader());

        // A, the Seollal gift set (80,000 won; bread 12,000 + beef 45,000 + rice cakes 15,000 a
        // set), closed at
        // the last instant of October in Seoul. Orders: 3 and 2 sets picked up (240,000 + 160,000),
        // 1 set never
        // collected (80,000), 1 set cancelled by the customer. 5 sets handed over: the parts are
        // worth 60,000,
        // 225,000 and 75,000 of 360,000; 400,000 won split: 66,666.67 / 250,000 / 83,333.33, the
        // left-over won
        // to the bakery's larger fraction.
        long a = offer(f.coopId(), "설 선물세트", 80_000, "CLOSED", "2026-10-31T14:59:59Z");
        part(a, 1, bakery, "태평당", 12_000);
        part(a, 2, butcher, "박씨네", 45_000);
        part(a, 3, riceCakes, "최씨네 떡집", 15_000);
        long slotA = slot(a);
        order(a, slotA, 3, 240_000, "PICKED_UP");
        order(a, slotA, 2, 160_000, "PICKED_UP");
        order(a, slotA, 1, 80_000, "NO_SHOW");
        order(a, slotA, 1, 80_000, "CANCELLED");
        share(a, bakery, 60_000, 360_000, 66_667);
        share(a, butcher, 225_000, 360_000, 250_000);
        share(a, riceCakes, 75_000, 360_000, 83_333);

        // B, a Chuseok fruit basket (45,000 won; fruit 30,000 + bread 10,000), closed at the first
        // instant of
        // October in Seoul (09-30 15:00 UTC). One set picked up: 45,000 split 33,750 / 11,250.
        long b = offer(f.coopId(), "추석 과일 바구니", 45_000, "CLOSED", "2026-09-30T15:00:00Z");
        part(b, 1, fruit, "싱싱 과일가게", 30_000);
        part(b, 2, bakery, "태평당", 10_000);
        long slotB = slot(b);
        order(b, slotB, 1, 45_000, "PICKED_UP");
        share(b, fruit, 30_000, 40_000, 33_750);
        share(b, bakery, 10_000, 40_000, 11_250);

        // F, cancelled below its minimum in October: its two orders were cancelled with it.
        long cancelled = offer(f.coopId(), "김장 재료 세트", 60_000, "CANCELLED", "2026-10-15T03:00:00Z");
        part(cancelled, 1, butcher, "박씨네", 50_000);
        long slotF = slot(cancelled);
        order(cancelled, slotF, 1, 60_000, "CANCELLED");
        order(cancelled, slotF, 2, 120_000, "CANCELLED");

        // Outside October in Seoul: closed one second before it (09-30 23:59:59) and at its end
        // (11-01 00:00);
        // one still in pickup (no closing time). Each would top the list if it counted.
        for (String closedAt :
                new String[] {"2026-09-30T14:59:59Z", "2026-10-31T15:00:00Z", null}) {
            long outside =
                    offer(
                            f.coopId(),
                            "달 밖의 선물세트",
                            80_000,
                            closedAt == null ? "PREPARING" : "CLOSED",
                            closedAt);
            part(outside, 1, riceCakes, "최씨네 떡집", 70_000);
            order(outside, slot(outside), 10, 800_000, "PICKED_UP");
            if (closedAt != null) {
                share(outside, riceCakes, 700_000, 700_000, 800_000);
            }
        }

        // E, the other co-op's sale in October, in the same market.
        long e = offer(f.otherCoopId(), "수산물 선물세트", 100_000, "CLOSED", "2026-10-10T03:00:00Z");
        part(e, 1, fish, "강씨 수산", 90_000);
        order(e, slot(e), 20, 2_000_000, "PICKED_UP");
        share(e, fish, 1_800_000, 1_800_000, 2_000_000);
    }

    @Test
    void theLeaderSeesOctobersJointSalesOfTheirCoopAsCountedByHand() {
        Fixtures.signIn(f.leader());
        Statistics.JointSales sales =
                service.statistics(new StatisticsFilter(null, f.coopId(), OCTOBER_1, OCTOBER_31))
                        .jointSales();

        // A and B closed (F was cancelled); orders A 4 + B 1 + F 2 = 7; handed over A 2 + B 1 = 3;
        // never
        // collected 1 of the 4 due at the counter = 25 %; cancelled A 1 + F 2 = 3.
        assertThat(sales.closed()).isEqualTo(2);
        assertThat(sales.orders()).isEqualTo(7);
        assertThat(sales.pickedUp()).isEqualTo(3);
        assertThat(sales.noShows()).isEqualTo(1);
        assertThat(sales.noShowPercent()).isEqualTo(25);
        assertThat(sales.cancelled()).isEqualTo(3);
        // Sets 5 + 1; revenue 240,000 + 160,000 + 45,000; the no-show's 80,000 was never paid.
        assertThat(sales.setsSold()).isEqualTo(6);
        assertThat(sales.revenue()).isEqualTo(Won.of(445_000));
        assertThat(sales.notCollected()).isEqualTo(Won.of(80_000));

        assertThat(sales.topOffers())
                .extracting(
                        Statistics.OfferSales::title,
                        Statistics.OfferSales::orders,
                        Statistics.OfferSales::sets,
                        Statistics.OfferSales::revenue)
                .containsExactly(
                        tuple("설 선물세트", 2L, 5L, Won.of(400_000)),
                        tuple("추석 과일 바구니", 1L, 1L, Won.of(45_000)));
        // Butcher 250,000 of A; rice cakes 83,333 of A; bakery 66,667 + 11,250 of A and B; fruit
        // 33,750 of B.
        assertThat(sales.topShops())
                .extracting(
                        Statistics.ShopShares::shopName,
                        Statistics.ShopShares::offers,
                        Statistics.ShopShares::amount)
                .containsExactly(
                        tuple("박씨네", 1L, Won.of(250_000)),
                        tuple("최씨네 떡집", 1L, Won.of(83_333)),
                        tuple("태평당", 2L, Won.of(77_917)),
                        tuple("싱싱 과일가게", 1L, Won.of(33_750)));
        assertThat(sales.topShops().getFirst().coopName()).startsWith("테스트조합-");
    }

    @Test
    void theFoundationSeesTheWholeMarketAndOneDayOnlyHasWhatClosedThatDay() {
        Fixtures.signIn(foundation);
        long market = coops.get(f.coopId()).marketId();
        Statistics.JointSales wholeMarket =
                service.statistics(new StatisticsFilter(market, null, OCTOBER_1, OCTOBER_31))
                        .jointSales();
        // The other co-op's 2,000,000 won for 20 sets comes first.
        assertThat(wholeMarket.revenue()).isEqualTo(Won.of(2_445_000));
        assertThat(wholeMarket.setsSold()).isEqualTo(26);
        assertThat(wholeMarket.topOffers().getFirst().title()).isEqualTo("수산물 선물세트");
        assertThat(wholeMarket.topShops().getFirst().shopName()).isEqualTo("강씨 수산");
        assertThat(wholeMarket.topShops().getFirst().coopName()).startsWith("다른조합-");

        Statistics.JointSales otherCoop =
                service.statistics(
                                new StatisticsFilter(null, f.otherCoopId(), OCTOBER_1, OCTOBER_31))
                        .jointSales();
        assertThat(otherCoop.revenue()).isEqualTo(Won.of(2_000_000));
        assertThat(otherCoop.topOffers())
                .extracting(Statistics.OfferSales::title)
                .containsExactly("수산물 선물세트");

        // 10-01 in Seoul holds B only (closed at its first instant); 10-31 holds A only (at its
        // last second).
        assertThat(
                        service.statistics(
                                        new StatisticsFilter(
                                                null, f.coopId(), OCTOBER_1, OCTOBER_1))
                                .jointSales()
                                .topOffers())
                .extracting(Statistics.OfferSales::title)
                .containsExactly("추석 과일 바구니");
        assertThat(
                        service.statistics(
                                        new StatisticsFilter(
                                                null, f.coopId(), OCTOBER_31, OCTOBER_31))
                                .jointSales()
                                .topOffers())
                .extracting(Statistics.OfferSales::title)
                .containsExactly("설 선물세트");
        // September's last second and November's first belong to those months.
        assertThat(
                        service.statistics(
                                        new StatisticsFilter(
                                                null,
                                                f.coopId(),
                                                LocalDate.parse("2026-09-30"),
                                                LocalDate.parse("2026-09-30")))
                                .jointSales()
                                .revenue())
                .isEqualTo(Won.of(800_000));
        assertThat(
                        service.statistics(
                                        new StatisticsFilter(
                                                null,
                                                f.coopId(),
                                                LocalDate.parse("2026-11-01"),
                                                LocalDate.parse("2026-11-03")))
                                .jointSales()
                                .revenue())
                .isEqualTo(Won.of(800_000));
    }

    @Test
    void theMonthlyReportHasAJointSaleSectionWithItsCharts() {
        Fixtures.signIn(f.leader());
        String korean = reports.monthly(f.coopId(), "2026-10", Locale.KOREAN).html();
        assertThat(korean)
                .contains("<h2>공동판매</h2>")
                .contains("<th>마감된 공동판매</th><td class=\"n\">2</td>")
                .contains("<th>판매한 세트</th><td class=\"n\">6</td>")
                .contains("<th>매출</th><td class=\"n\">445,000원</td>")
                .contains("<th>찾아가지 않은 주문</th><td class=\"n\">1건 (25%) · 받지 못한 금액 80,000원</td>")
                .contains("<th>취소된 주문</th><td class=\"n\">3</td>")
                .contains("<th>설 선물세트</th><td class=\"n\">5세트 · 400,000원</td>")
                .contains("<th>태평당</th><td class=\"n\">77,917원 · 2건</td>")
                .contains("많이 팔린 공동판매 (매출, 원)", "설 선물세트 · 5세트", "참여 가게별 배분액 (원)")
                .doesNotContain("달 밖의 선물세트", "수산물 선물세트");
        assertThat(reports.monthly(f.coopId(), "2026-10", Locale.ENGLISH).html())
                .contains(
                        "<h2>Joint sales</h2>",
                        "<th>Revenue</th><td class=\"n\">445,000원</td>",
                        "1 (25%) · 80,000원 not collected",
                        "Best-selling offers");
        assertThat(reports.monthly(f.coopId(), "2026-09", Locale.KOREAN).html())
                .contains("<th>매출</th><td class=\"n\">800,000원</td>", "달 밖의 선물세트");
    }

    @Test
    void theRestApiAndChartsCarryTheJointSaleFigures() throws Exception {
        String period = "coopId=" + f.coopId() + "&from=2026-10-01&to=2026-10-31";
        HttpResponse<String> figures = get("/api/v1/statistics?" + period, f.leader());
        assertThat(figures.statusCode()).isEqualTo(200);
        assertThat(figures.body())
                .contains(
                        "\"jointSales\":{",
                        "\"revenue\":445000",
                        "\"setsSold\":6",
                        "\"notCollected\":80000",
                        "\"title\":\"설 선물세트\"");
        HttpResponse<String> chart =
                get("/api/v1/statistics/charts/joint-shops.svg?" + period, f.leader());
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.body()).startsWith("<svg").contains("참여 가게별 배분액", "박씨네", "250,000");
        assertThat(get("/api/v1/statistics?" + period, f.member()).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/statistics?" + period, f.otherLeader()).statusCode())
                .isEqualTo(403);
    }

    private HttpResponse<String> get(String path, String user) {
        return LocalHttp.get(port, path, BasicAuth.of(user));
    }

    private long offer(long coopId, String title, long price, String stage, String closedAt) {
        LocalDateTime closed = closedAt == null ? null : utc(closedAt);
        LocalDateTime created = utc("2026-09-01T00:00:00Z");
        return insert(
                """
                INSERT INTO joint_offer (coop_id, proposed_by, title, description, stage, sale_price, sets_total,
                    sets_ordered, minimum_sets, order_deadline, rules_version, vote_outcome, created_at, closed_at)
                VALUES (?, ?, ?, '', ?, ?, 100, 0, 0, ?, 1, 'PASSED', ?, ?)""",
                coopId,
                coopId == f.coopId() ? bakery : fish,
                title,
                stage,
                price,
                created.plusDays(10),
                created,
                closed);
    }

    private void part(long offerId, int line, long shop, String shopName, long pricePerSet) {
        jdbc.update(
                """
                INSERT INTO joint_offer_part (offer_id, line_no, shop_user_id, shop_name, item, quantity_per_set, unit,
                    price_per_set, answer, prepared) VALUES (?, ?, ?, ?, '명절 상품', 1, '개', ?, 'CONFIRMED', 'READY')""",
                offerId,
                line,
                shop,
                shopName,
                pricePerSet);
    }

    private long slot(long offerId) {
        return insert(
                "INSERT INTO joint_offer_slot (offer_id, place, starts_at, ends_at) VALUES (?, '시장 고객센터', ?, ?)",
                offerId,
                utc("2026-09-12T00:00:00Z"),
                utc("2026-09-12T08:00:00Z"));
    }

    private void order(long offerId, long slotId, int sets, long amount, String status) {
        boolean picked = "PICKED_UP".equals(status);
        String unique = UUID.randomUUID().toString().replace("-", "");
        jdbc.update(
                """
                INSERT INTO joint_order (offer_id, slot_id, sets, amount, customer_name, phone, locale, pickup_code,
                    link_hash, status, placed_at, cancelled_at, picked_up_at, picked_up_by, paid_amount,
                    payment_method, paid_at)
                VALUES (?, ?, ?, ?, '김민지', '010-1234-5678', 'ko', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                offerId,
                slotId,
                sets,
                amount,
                unique.substring(0, 12),
                unique + unique,
                status,
                utc("2026-09-05T00:00:00Z"),
                "CANCELLED".equals(status) ? utc("2026-09-06T00:00:00Z") : null,
                picked ? utc("2026-09-12T01:00:00Z") : null,
                picked ? bakery : null,
                picked ? amount : null,
                picked ? "CASH" : null,
                picked ? utc("2026-09-12T01:00:00Z") : null);
    }

    private void share(long offerId, long shop, long partValue, long totalValue, long amount) {
        jdbc.update(
                """
                INSERT INTO joint_sale_share (offer_id, shop_user_id, part_value, total_value, rounded_down,
                    remainder_numerator, leftover_won, amount) VALUES (?, ?, ?, ?, ?, 0, false, ?)""",
                offerId,
                shop,
                partValue,
                totalValue,
                amount,
                amount);
    }
}
