package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.Role;
import org.sangsaeng.purchase.ProposalForm;
import org.sangsaeng.purchase.ProposalService;
import org.sangsaeng.purchase.SplitBasis;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A member on a phone finds the vote by its subject, votes on the vote's own page and changes their
 * mind; or opens the link of their vote message, signs in, and votes with one tap.
 */
class VoteBrowserTests extends BrowserTest {

    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired ProposalService proposals;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aMemberVotesOnTheVotePageSeesTheirBallotAndTheTurnoutAndChangesIt() {
        // Given a group purchase put to the vote of a co-op of two
        Fixtures f = Fixtures.create(accounts, coops);
        proposeToTheVote(f, "추석 대비 밀가루 공동구매");

        // When the member opens their task list on a phone, the vote task says what it is about
        Page page = browser.newPage(390, 844);
        signIn(page, f.member());
        Locator voteTask =
                page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("투표: 추석 대비 밀가루 공동구매"));
        assertThat(voteTask.first())
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        screenshot(page, "task-list-subjects");

        // And from the task they open the vote's page
        voteTask.first().click();
        page.locator("#vote-page-link").click();
        assertThat(page).hasURL(Pattern.compile(".*/votes/\\d+"));
        String votePage = page.url();
        assertThat(page.locator("#vote-title")).hasText("추석 대비 밀가루 공동구매");
        assertThat(page.locator("#vote-deadline")).containsText("마감");
        assertThat(page.locator("#vote-turnout")).containsText("2명 중 0명");
        assertThat(page.locator("#vote-my-ballot")).hasText("아직 투표하지 않으셨습니다.");

        // Then voting there shows their ballot and the turnout, the counts stay secret
        page.locator("#vote-choice vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("찬성"))
                .click();
        page.locator("#vote-cast").click();
        assertThat(page.locator("#vote-my-ballot")).hasText("나의 투표: 찬성");
        assertThat(page.locator("#vote-turnout")).containsText("2명 중 1명");
        assertThat(page.locator("#vote-result")).hasCount(0);
        screenshot(page, "vote-page");

        // And the vote task is gone from their list
        page.navigate("http://localhost:" + port + "/");
        assertThat(page.locator("#my-tasks-grid")).isVisible();
        assertThat(voteTask).hasCount(0);

        // And they may change their ballot while the vote is open; it still counts once
        page.navigate(votePage);
        assertThat(page.locator("#vote-my-ballot")).hasText("나의 투표: 찬성");
        page.locator("#vote-choice vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("반대"))
                .click();
        page.locator("#vote-reason textarea").fill("운송비가 너무 비쌉니다");
        page.locator("#vote-cast").click();
        assertThat(page.locator("#vote-my-ballot")).hasText("나의 투표: 반대");
        assertThat(page.locator("#vote-turnout")).containsText("2명 중 1명");
        screenshot(page, "vote-page-changed");
    }

    @Test
    void aMemberOpensTheLinkOfTheirVoteMessageSignsInOnThePhoneAndVotesWithOneTap() {
        // Given a vote whose message reached the member with the link of their vote task
        Fixtures f = Fixtures.create(accounts, coops);
        proposeToTheVote(f, "설 대비 포장박스 공동구매");
        String link =
                await().atMost(Duration.ofSeconds(60))
                        .until(
                                () ->
                                        jdbc.queryForList(
                                                "select n.link from notification n join app_user u on u.id = n.recipient_id"
                                                        + " where u.username = ? and n.link like 'tasks/%'",
                                                String.class, f.member()),
                                links -> !links.isEmpty())
                        .getFirst();

        // When they open it on a phone, not signed in, and sign in
        Page page = browser.newPage(390, 844);
        page.navigate("http://localhost:" + port + "/" + link);
        assertThat(page).hasURL(Pattern.compile(".*/login"));
        page.locator("input[name='username']").fill(f.member());
        page.locator("input[name='password']").fill(Fixtures.PASSWORD);
        assertThat(page.locator("input[name='password']")).hasValue(Fixtures.PASSWORD);
        page.locator("input[name='password']").press("Enter");

        // Then they land on that vote, and one tap votes
        // Playwright hands the pattern to JavaScript, which knows no \Q..\E: the link is letters,
        // digits and '/'.
        assertThat(page)
                .hasURL(
                        Pattern.compile(".*/" + link + "(\\?.*)?$"),
                        new PageAssertions.HasURLOptions().setTimeout(30_000));
        assertThat(page.locator("#vote-quick-YES")).hasText("찬성하기");
        screenshot(page, "vote-from-message-link");
        page.locator("#vote-quick-YES").click();

        assertThat(page.locator("#my-tasks-grid"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                jdbc.queryForList(
                                        "select b.choice from vote_ballot b join app_user u on u.id = b.user_id"
                                                + " where u.username = ? and b.current_marker = 1",
                                        String.class,
                                        f.member()),
                        choices -> choices.equals(List.of("YES")));
    }

    private void proposeToTheVote(Fixtures f, String title) {
        long supplierId =
                coops.createSupplier(
                        "한맥제분 " + UUID.randomUUID().toString().substring(0, 6),
                        "밀가루",
                        accounts.createAccount(
                                "sup-" + UUID.randomUUID().toString().substring(0, 8),
                                Fixtures.PASSWORD,
                                "공급",
                                Set.of(Role.SUPPLIER)));
        Fixtures.signIn(f.leader());
        Instant now = Instant.now();
        proposals.propose(
                new ProposalForm(
                        f.coopId(),
                        supplierId,
                        title,
                        "명절 전에 함께 사요",
                        List.of(new ProposalForm.LineForm("밀가루 20kg", "포대", 31_000, 2, 10L)),
                        0,
                        0,
                        SplitBasis.BY_VALUE,
                        now.plus(Duration.ofDays(2)),
                        now.plus(Duration.ofDays(5)),
                        0));
        Fixtures.signOut();
    }
}
