package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A leader reads the dashboard on a phone, follows a stuck task and downloads the monthly report; a
 * member cannot.
 */
class StatisticsBrowserTests extends BrowserTest {

    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aLeaderSeesTheFiguresAndChartsOfTheirCoopAndDownloadsTheReport() throws Exception {
        Fixtures f = Fixtures.create(accounts, coops);
        long taskId = 8_000_000_000L + f.coopId();
        Instant fiveDaysAgo = Instant.now().minus(Duration.ofDays(5));
        jdbc.update(
                """
                INSERT INTO task (job_key, process_instance_key, bpmn_process_id, element_id, coop_id, created_at,
                    job_deadline, variables, status) VALUES (?, 1, 'group-purchase', 'PledgeTask', ?, ?, ?, '{}', 'OPEN')""",
                taskId,
                f.coopId(),
                utc(fiveDaysAgo),
                utc(fiveDaysAgo.plus(Duration.ofDays(30))));
        closedJointSale(f, fiveDaysAgo);

        Page phone = browser.newPage(390, 844);
        signIn(phone, f.leader());
        phone.navigate("http://localhost:" + port + "/statistics");
        assertThat(phone.locator(".stats-card").first()).containsText("전체 조합원");
        assertThat(phone.locator(".stats-card").first()).containsText("2");
        assertThat(phone.locator("#stats-chart-funnel svg")).isVisible();
        assertThat(phone.locator("#stats-chart-funnel")).containsText("공동구매 단계별 진행");
        assertThat(phone.locator("#stats-chart-members svg")).isVisible();
        assertThat(
                        phone.locator(".stats-card")
                                .filter(
                                        new com.microsoft.playwright.Locator.FilterOptions()
                                                .setHasText("공동판매 매출")))
                .containsText("160,000원");
        assertThat(
                        phone.locator("h3")
                                .filter(
                                        new com.microsoft.playwright.Locator.FilterOptions()
                                                .setHasText("공동판매")))
                .isVisible();
        assertThat(phone.locator("#stats-joint-offers")).containsText("설 선물세트");
        assertThat(phone.locator(".stats-oldest a").first()).hasText("공동구매 수량 신청");
        assertThat(phone.locator(".stats-oldest a").first())
                .hasAttribute("href", "tasks/" + taskId);
        phone.screenshot(
                new Page.ScreenshotOptions()
                        .setFullPage(true)
                        .setPath(
                                java.nio.file.Path.of(
                                        "target", "screenshots", "statistics-phone.png")));

        Download report = phone.waitForDownload(() -> phone.locator("#stats-report").click());
        String html = Files.readString(report.path());
        org.assertj.core.api.Assertions.assertThat(report.suggestedFilename()).endsWith(".html");
        org.assertj.core.api.Assertions.assertThat(html).contains("월간 보고서", "<svg");

        Page member = browser.newPage(1280, 900);
        signIn(member, f.member());
        assertThat(
                        member.locator("vaadin-side-nav-item")
                                .filter(
                                        new com.microsoft.playwright.Locator.FilterOptions()
                                                .setHasText("통계")))
                .hasCount(0);
        member.navigate("http://localhost:" + port + "/statistics");
        assertThat(member.locator("vaadin-notification-card"))
                .containsText("통계는 재단, 관리자, 조합장만 볼 수 있습니다");
        assertThat(member.locator(".stats-card")).hasCount(0);
    }

    /**
     * A gift set of the leader's shop, closed at the given time: 2 sets picked up for 160,000 won.
     */
    private void closedJointSale(Fixtures f, Instant closedAt) {
        long leader =
                jdbc.queryForObject(
                        "SELECT id FROM app_user WHERE username = ?", Long.class, f.leader());
        jdbc.update(
                """
                INSERT INTO joint_offer (coop_id, proposed_by, title, description, stage, sale_price, sets_total,
                    sets_ordered, minimum_sets, order_deadline, rules_version, vote_outcome, created_at, closed_at)
                VALUES (?, ?, '설 선물세트', '', 'CLOSED', 80000, 20, 2, 0, ?, 1, 'PASSED', ?, ?)""",
                f.coopId(),
                leader,
                utc(closedAt),
                utc(closedAt.minus(Duration.ofDays(7))),
                utc(closedAt));
        long offer =
                jdbc.queryForObject(
                        "SELECT MAX(id) FROM joint_offer WHERE coop_id = ?",
                        Long.class,
                        f.coopId());
        jdbc.update(
                """
                INSERT INTO joint_offer_part (offer_id, line_no, shop_user_id, shop_name, item, quantity_per_set, unit,
                    price_per_set, answer) VALUES (?, 1, ?, '태평당', '명절 카스텔라', 1, '개', 72000, 'CONFIRMED')""",
                offer,
                leader);
        jdbc.update(
                "INSERT INTO joint_offer_slot (offer_id, place, starts_at, ends_at) VALUES (?, '중앙시장 고객센터', ?, ?)",
                offer,
                utc(closedAt.minus(Duration.ofHours(8))),
                utc(closedAt));
        long slot =
                jdbc.queryForObject(
                        "SELECT id FROM joint_offer_slot WHERE offer_id = ?", Long.class, offer);
        String unique = java.util.UUID.randomUUID().toString().replace("-", "");
        jdbc.update(
                """
                INSERT INTO joint_order (offer_id, slot_id, sets, amount, customer_name, phone, locale, pickup_code,
                    link_hash, status, placed_at, picked_up_at, picked_up_by, paid_amount, payment_method, paid_at)
                VALUES (?, ?, 2, 160000, '김민지', '010-1234-5678', 'ko', ?, ?, 'PICKED_UP', ?, ?, ?, 160000, 'CARD', ?)""",
                offer,
                slot,
                unique.substring(0, 12),
                unique + unique,
                utc(closedAt.minus(Duration.ofDays(8))),
                utc(closedAt.minus(Duration.ofHours(1))),
                leader,
                utc(closedAt.minus(Duration.ofHours(1))));
        jdbc.update(
                """
                INSERT INTO joint_sale_share (offer_id, shop_user_id, part_value, total_value, rounded_down,
                    remainder_numerator, leftover_won, amount) VALUES (?, ?, 144000, 144000, 160000, 0, false, 160000)""",
                offer,
                leader);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
