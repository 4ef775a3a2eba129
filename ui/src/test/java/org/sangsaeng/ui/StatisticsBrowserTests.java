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

/** A leader reads the dashboard on a phone, follows a stuck task and downloads the monthly report; a member cannot. */
class StatisticsBrowserTests extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    CoopService coops;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLeaderSeesTheFiguresAndChartsOfTheirCoopAndDownloadsTheReport() throws Exception {
        Fixtures f = Fixtures.create(accounts, coops);
        long taskId = 8_000_000_000L + f.coopId();
        Instant fiveDaysAgo = Instant.now().minus(Duration.ofDays(5));
        jdbc.update("""
                INSERT INTO task (job_key, process_instance_key, bpmn_process_id, element_id, coop_id, created_at,
                    job_deadline, variables, status) VALUES (?, 1, 'group-purchase', 'PledgeTask', ?, ?, ?, '{}', 'OPEN')""",
                taskId, f.coopId(), utc(fiveDaysAgo), utc(fiveDaysAgo.plus(Duration.ofDays(30))));

        Page phone = browser.newPage(390, 844);
        signIn(phone, f.leader());
        phone.navigate("http://localhost:" + port + "/statistics");
        assertThat(phone.locator(".stats-card").first()).containsText("전체 조합원");
        assertThat(phone.locator(".stats-card").first()).containsText("2");
        assertThat(phone.locator("#stats-chart-funnel svg")).isVisible();
        assertThat(phone.locator("#stats-chart-funnel")).containsText("공동구매 단계별 진행");
        assertThat(phone.locator("#stats-chart-members svg")).isVisible();
        assertThat(phone.locator(".stats-oldest a").first()).hasText("공동구매 수량 신청");
        assertThat(phone.locator(".stats-oldest a").first()).hasAttribute("href", "tasks/" + taskId);
        phone.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Path.of("target", "screenshots", "statistics-phone.png")));

        Download report = phone.waitForDownload(() -> phone.locator("#stats-report").click());
        String html = Files.readString(report.path());
        org.assertj.core.api.Assertions.assertThat(report.suggestedFilename()).endsWith(".html");
        org.assertj.core.api.Assertions.assertThat(html).contains("월간 보고서", "<svg");

        Page member = browser.newPage(1280, 900);
        signIn(member, f.member());
        assertThat(member.locator("vaadin-side-nav-item").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("통계"))).hasCount(0);
        member.navigate("http://localhost:" + port + "/statistics");
        assertThat(member.locator("vaadin-notification-card")).containsText("통계는 재단, 관리자, 조합장만 볼 수 있습니다");
        assertThat(member.locator(".stats-card")).hasCount(0);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
