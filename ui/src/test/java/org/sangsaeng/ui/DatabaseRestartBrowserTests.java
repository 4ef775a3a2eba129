package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sangsaeng.Fixtures;
import org.sangsaeng.OwnDatabaseTest;
import org.sangsaeng.voting.MemberVotes;
import org.springframework.test.context.TestPropertySource;

/**
 * Fault, as a member sees it: MariaDB stops while she is voting in the browser. Her vote is
 * answered with "try again" and nothing of it is kept, a page opened meanwhile says the same with a
 * link to try again, and once the database is back the same vote goes through, counted once. The
 * app has a MariaDB server of its own here, so that stopping it disturbs no other test.
 */
@TestPropertySource(properties = "vaadin.productionMode=true")
class DatabaseRestartBrowserTests extends OwnDatabaseTest {

    @RegisterExtension static final OneBrowser browser = new OneBrowser();

    @Test
    void whileMariaDbRestartsAMemberIsToldToTryAgainAndHerVoteCountsOnceAfterwards() {
        Fixtures f = Fixtures.create(accounts, coops);
        String subject = "restart-vote-" + UUID.randomUUID();
        MemberVotes.start(engine, subject, f.coopId(), "공동 간판 교체", 50, false);
        String taskOfMember =
                "SELECT job_key FROM task WHERE business_key = ? AND assignee = ? AND status = 'OPEN'";
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                !jdbc.queryForList(taskOfMember, Long.class, subject, f.member())
                                        .isEmpty());
        long taskId = jdbc.queryForObject(taskOfMember, Long.class, subject, f.member());
        String base = "http://localhost:" + port;

        Page page = browser.newPage(390, 844);
        BrowserTest.signIn(page, port, f.member());
        page.navigate(base + "/tasks/" + taskId);
        page.locator("#vote-choice vaadin-radio-button").first().click();

        stopDatabase();
        page.locator("#complete-task").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("잠시 후 다시 시도해 주세요");
        assertThat(page).hasURL(Pattern.compile(".*/tasks/" + taskId));
        BrowserTest.screenshot(page, "database-down-vote");

        // A page opened meanwhile says the same, with a link that tries it again.
        page.navigate(base + "/");
        assertThat(page.locator("#failure-message")).containsText("잠시 후 다시 시도해 주세요");
        assertThat(page.locator("#failure-retry")).isVisible();
        BrowserTest.screenshot(page, "database-down-page");

        startDatabase();
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> jdbc.queryForObject("SELECT 1", Integer.class) == 1);
        // Nothing of the refused vote was kept.
        assertThat(ballots(subject)).isZero();
        assertThat(
                        jdbc.queryForObject(
                                "SELECT status FROM task WHERE job_key = ?", String.class, taskId))
                .isEqualTo("OPEN");

        // "Try again" brings the task list back; the same vote now goes through.
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(2))
                .until(
                        () -> {
                            if (page.locator("#failure-retry").isVisible()) {
                                page.locator("#failure-retry").click();
                            }
                            return page.locator("#my-tasks-grid").isVisible();
                        });
        page.navigate(base + "/tasks/" + taskId);
        page.locator("#vote-choice vaadin-radio-button").first().click();
        page.locator("#complete-task").click();
        assertThat(page.locator("#my-tasks-grid")).isVisible();
        assertThat(ballots(subject)).isOne();
        assertThat(
                        jdbc.queryForObject(
                                "SELECT status FROM task WHERE job_key = ?", String.class, taskId))
                .isEqualTo("COMPLETED");
    }

    private int ballots(String subject) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM vote_ballot b JOIN vote v ON v.id = b.vote_id"
                        + " WHERE v.subject_key = ?",
                Integer.class,
                subject);
    }
}
