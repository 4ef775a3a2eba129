package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.jobs.JobPostService;
import org.sangsaeng.jobs.JobState;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.tasks.TaskFilter;
import org.sangsaeng.tasks.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;

/** A member posts a job in the browser; once the leader approves, a resident applies on a phone. */
class JobBrowserTests extends BrowserTest {

    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired JobPostService posts;
    @Autowired TaskInbox inbox;

    @Test
    void aMemberPostsAJobAndAResidentAppliesOnAPhone() {
        Fixtures f = Fixtures.create(accounts, coops);

        Page employer = browser.newPage(1280, 900);
        signIn(employer, f.member());
        employer.navigate("http://localhost:" + port + "/jobs");
        employer.locator("#jobs-new").click();
        employer.locator("#job-title input").fill("연말 정육 포장 도우미");
        employer.locator("#job-business-type").click();
        employer.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("정육점"))
                .click();
        employer.locator("#job-tasks textarea").fill("선물세트 포장과 진열");
        employer.locator("#job-skills input").fill("포장, 진열");
        employer.locator("#job-place input").fill("박씨네 정육점");
        employer.locator("#job-area input").fill("태평3동 시장");
        employer.locator("#job-pay input").fill("9000");
        employer.locator("#job-submit").click();
        assertThat(employer.locator("vaadin-notification-card")).containsText("최저임금");
        employer.locator("#job-pay input").fill("12000");
        employer.locator("#job-submit").click();
        assertThat(employer.locator("#job-heading")).hasText("연말 정육 포장 도우미");
        assertThat(employer.locator("#job-details")).containsText("검토 중");
        screenshot(employer, "job-post");
        // The page shows before the browser's address changes.
        assertThat(employer).hasURL(java.util.regex.Pattern.compile(".*/jobs/\\d+"));
        long id = Long.parseLong(employer.url().replaceAll(".*/jobs/(\\d+).*", "$1"));

        Fixtures.signIn(f.leader());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(() -> !inbox.myTasks(new TaskFilter(null, "job-matching"), 0, 10).isEmpty());
        inbox.complete(
                inbox.myTasks(new TaskFilter(null, "job-matching"), 0, 10).getFirst().id(),
                Map.of("decision", "APPROVE"));
        Fixtures.signIn(f.member());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(() -> posts.get(id).state() == JobState.PUBLISHED);
        Fixtures.signOut();

        Page seeker = browser.newPage(390, 844);
        signIn(seeker, f.applicant());
        seeker.navigate("http://localhost:" + port + "/jobs");
        seeker.locator("#jobs-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("연말 정육 포장 도우미"))
                .first()
                .click();
        seeker.locator("#job-apply-message textarea").fill("포장 일을 3년 했습니다. 주말 모두 됩니다.");
        seeker.locator("#job-apply").click();
        assertThat(seeker.locator("#job-my-application")).containsText("지원함");
        screenshot(seeker, "job-applied");

        employer.reload();
        assertThat(employer.locator("#job-applicants")).containsText("포장 일을 3년 했습니다");
        assertThat(employer.locator("#job-applicants")).containsText("오신청");
    }
}
