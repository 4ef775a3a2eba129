package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.Role;
import org.sangsaeng.oversight.AuditTrailFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The foundation finds a finished group purchase in the process explorer, opens it and sees the
 * BPMN diagram drawn with the path taken, the timeline with who did what, and downloads the trail
 * with its hashes; the leader of another co-op cannot open it.
 */
class ExplorerBrowserTests extends BrowserTest {

    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired JdbcTemplate jdbc;

    @Test
    void openAnInstanceAndSeeItsDiagramAndTimeline() throws Exception {
        Fixtures f = Fixtures.create(accounts, coops);
        String foundation = "fnd-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount(foundation, Fixtures.PASSWORD, "상권재단", Set.of(Role.FOUNDATION));
        long key =
                new AuditTrailFixture(jdbc)
                        .finishedPurchase(
                                f.coopId(), f.member(), Instant.now().minusSeconds(3_600));
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                jdbc.queryForObject(
                                                "SELECT COUNT(*) FROM oversight_instance WHERE instance_key = ? AND state = 'COMPLETED'",
                                                Integer.class,
                                                key)
                                        == 1);

        Page page = browser.newPage(1280, 900);
        signIn(page, foundation);
        page.navigate("http://localhost:" + port + "/explorer");
        page.locator("#explorer-business-key input").fill("group-purchase-" + key);
        page.locator("#explorer-search").click();
        Locator link =
                page.locator("#explorer-grid a")
                        .filter(new Locator.FilterOptions().setHasText(Long.toString(key)));
        assertThat(link).isVisible();
        link.click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/explorer/" + key));
        assertThat(page.locator("#instance-state")).hasText("완료");
        assertThat(page.locator("#bpmn-diagram")).hasAttribute("data-rendered", "true");
        assertThat(page.locator("#bpmn-diagram .djs-element.ss-done[data-element-id='PledgeTask']"))
                .hasCount(1);
        assertThat(page.locator("#bpmn-diagram .ss-count").first()).hasText("1");
        Locator timeline = page.locator("#instance-timeline");
        assertThat(timeline).containsText("PledgeTask");
        assertThat(timeline).containsText(f.member());
        assertThat(timeline).containsText("1m 30s");
        screenshot(page, "explorer-instance");

        Download csv = page.waitForDownload(() -> page.locator("#trail-export-csv").click());
        String content = Files.readString(csv.path());
        org.assertj.core.api.Assertions.assertThat(content.lines().findFirst().orElseThrow())
                .endsWith("prev_hash,row_hash");
        org.assertj.core.api.Assertions.assertThat(content.lines().count()).isEqualTo(12);

        Page other = browser.newPage(390, 844);
        signIn(other, f.otherLeader());
        other.navigate("http://localhost:" + port + "/explorer/" + key);
        assertThat(other.locator("vaadin-notification-card").first())
                .containsText("자기 협동조합의 프로세스만");
        assertThat(other).hasURL(java.util.regex.Pattern.compile(".*/explorer$"));
    }
}
