package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.ApplicationStatus;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.membership.MembershipApplicationForm;
import org.sangsaeng.membership.MembershipService;
import org.sangsaeng.membership.SignInThrottle;
import org.sangsaeng.tasks.TaskCount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first journey in a real browser: a co-op leader signs in, opens the waiting review and
 * approves it.
 */
class TaskListBrowserTests extends BrowserTest {

    @Autowired SignInThrottle throttle;
    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired MembershipService memberships;
    @Autowired JdbcTemplate jdbc;

    @Test
    void leaderSignsInOpensTheReviewTaskApprovesItAndSeesItGone() {
        Fixtures f = Fixtures.create(accounts, coops);
        Fixtures.signIn(f.applicant());
        long applicationId =
                memberships
                        .apply(
                                f.coopId(),
                                new MembershipApplicationForm(
                                        BusinessType.LAUNDRY, "깨끗한 세탁소", "함께하고 싶습니다"))
                        .id();
        Fixtures.signOut();

        Page page = browser.newPage(390, 844);
        page.navigate("http://localhost:" + port + "/");
        assertThat(page).hasURL(Pattern.compile(".*/login"));
        page.locator("input[name='username']").fill(f.leader());
        page.locator("input[name='password']").fill(Fixtures.PASSWORD);
        page.locator("vaadin-button[slot='submit'], vaadin-login-form vaadin-button")
                .first()
                .click();

        Locator task =
                page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("조합원 가입 신청 심사"));
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> {
                            if (task.count() == 0) {
                                page.reload();
                                page.waitForTimeout(1500);
                            }
                            return task.count() > 0;
                        });
        assertThat(task.first()).containsText("가입 신청: 깨끗한 세탁소");
        screenshot(page, "my-tasks");
        task.first().click();

        assertThat(page).hasURL(Pattern.compile(".*/tasks/\\d+"));
        assertThat(
                        page.locator("h2")
                                .filter(new Locator.FilterOptions().setHasText("조합원 가입 신청 심사")))
                .isVisible();
        assertThat(page.getByText("깨끗한 세탁소").first()).isAttached();
        page.locator("#review-decision vaadin-radio-button").first().click();
        screenshot(page, "review-form");
        page.locator("#complete-task").click();

        assertThat(page.locator("#my-tasks-grid")).isVisible();
        assertThat(page.getByText("지금 처리할 일이 없습니다.")).isVisible();
        assertThat(task).hasCount(0);
        screenshot(page, "task-gone");

        Fixtures.signIn(f.applicant());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(() -> memberships.get(applicationId).status() == ApplicationStatus.APPROVED);
    }

    @Test
    void theBellCountGoesUpWithoutReloadWhenATaskIsAssignedAndTheNotificationLeadsToTheTask() {
        Fixtures f = Fixtures.create(accounts, coops);
        Page page = browser.newPage(1200, 800);
        signIn(page, f.leader());
        assertThat(page.locator("#notification-bell")).isVisible();
        assertThat(page.locator("#notification-count")).isHidden();

        Fixtures.signIn(f.applicant());
        memberships.apply(
                f.coopId(), new MembershipApplicationForm(BusinessType.FLORIST, "서씨 꽃집", "안녕하세요"));
        Fixtures.signOut();

        assertThat(page.locator("#notification-count"))
                .hasText(
                        "1",
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
                                .setTimeout(30_000));
        assertThat(
                        page.locator("vaadin-grid-cell-content")
                                .filter(new Locator.FilterOptions().setHasText("조합원 가입 신청 심사"))
                                .first())
                .isVisible();
        screenshot(page, "bell");
        page.locator("#notification-bell").click();
        Locator notice =
                page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("새 할 일: 조합원 가입 신청 심사"));
        assertThat(notice).isVisible();
        notice.click();
        assertThat(page).hasURL(Pattern.compile(".*/tasks/\\d+"));
        assertThat(page.locator("#notification-count")).isHidden();
    }

    @Test
    void aLeaderWithMoreThanAThousandTasksReadsThatThereAreMoreThanAThousand() {
        Fixtures f = Fixtures.create(accounts, coops);
        long base = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i <= TaskCount.CAP; i++) {
            rows.add(new Object[] {base + i, base + i, f.coopId()});
        }
        jdbc.batchUpdate(
                """
                INSERT INTO task (job_key, process_instance_key, bpmn_process_id, element_id, form_key,
                  coop_id, created_at, job_deadline, variables, status, version)
                VALUES (?, ?, 'coop-proposal', 'ReviewProposalTask', 'proposal-review', ?, NOW(6),
                  NOW(6) + INTERVAL 7 DAY, '{}', 'OPEN', 0)""",
                rows);
        jdbc.batchUpdate(
                "INSERT INTO task_candidate_group (job_key, group_name) VALUES (?, ?)",
                rows.stream()
                        .map(r -> new Object[] {r[0], "coop:" + f.coopId() + ":leader"})
                        .toList());
        // What the task inbox worker lists with each task (Tasks.showInLists).
        jdbc.update(
                """
                INSERT INTO task_visibility (visible_to, due_order, created_at, job_key, coop_id, bpmn_process_id)
                SELECT g.group_name, '9999-12-31 23:59:59.999999', t.created_at, t.job_key, t.coop_id,
                       t.bpmn_process_id
                  FROM task_candidate_group g JOIN task t ON t.job_key = g.job_key
                 WHERE t.job_key BETWEEN ? AND ?""",
                base,
                base + TaskCount.CAP);

        Page page = browser.newPage(1200, 800);
        page.navigate("http://localhost:" + port + "/");
        page.locator("input[name='username']").fill(f.leader());
        page.locator("input[name='password']").fill(Fixtures.PASSWORD);
        page.locator("vaadin-button[slot='submit'], vaadin-login-form vaadin-button")
                .first()
                .click();

        assertThat(page.locator("#my-tasks-count")).hasText("할 일 1,000건 초과");
        assertThat(
                        page.locator("vaadin-grid-cell-content")
                                .filter(new Locator.FilterOptions().setHasText("안건 검토"))
                                .first())
                .isVisible();
    }

    @Test
    void theLanguageSwitchShowsTheAppInEnglish() {
        Page page = browser.newPage(1200, 800);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("#language-switch").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("English"))
                .click();
        assertThat(page.locator("vaadin-login-form")).containsText("Sign in");
    }

    @Test
    void wrongPasswordIsExplainedOnTheLoginPage() {
        Page page = browser.newPage(1200, 800);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name='username']").fill("nobody");
        page.locator("input[name='password']").fill("wrong");
        page.locator("input[name='password']").press("Enter");
        assertThat(page.getByText("로그인하지 못했습니다")).isVisible();
    }

    @Test
    void aSlowedDownSignInSaysHowLongToWaitAndThatTheAccountIsNotLocked() {
        Fixtures f = Fixtures.create(accounts, coops);
        // A guesser elsewhere made 25 wrong tries: the account waits half a minute from everywhere.
        for (int i = 0; i < 25; i++) {
            throttle.failed(f.member(), "203.0.113.9");
        }
        Page page = browser.newPage(390, 844);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name='username']").fill(f.member());
        page.locator("input[name='password']").fill(Fixtures.PASSWORD);
        page.locator("input[name='password']").press("Enter");

        assertThat(page.getByText("비밀번호가 여러 번 틀렸습니다")).isVisible();
        assertThat(page.locator("vaadin-login-form")).containsText("초 뒤에 다시 해 주세요");
        assertThat(page.locator("vaadin-login-form")).containsText("계정은 잠기지 않았고");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
    }

    @Test
    void anUnknownAddressSaysSoInKoreanAndLeadsHome() {
        Fixtures f = Fixtures.create(accounts, coops);
        Page page = browser.newPage(390, 844);
        signIn(page, f.member());
        page.navigate("http://localhost:" + port + "/purchase/old-link");
        assertThat(page.locator("#page-not-found")).containsText("페이지를 찾을 수 없습니다");
        assertThat(page.locator("#page-not-found")).containsText("'purchase/old-link'");
        assertThat(page.locator("#failure")).hasCount(0);
        page.locator("#page-not-found-home").click();
        assertThat(page.locator("#my-tasks-grid")).isVisible();
    }
}
