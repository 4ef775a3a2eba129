package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.governance.CoopProposalService;
import org.sangsaeng.governance.ProposalState;
import org.sangsaeng.membership.AccountService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member posts on the board and makes a proposal on a phone; the leader comments and puts it to a
 * vote.
 */
class BoardAndProposalBrowserTests extends BrowserTest {

    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired CoopProposalService proposals;

    @Test
    void aMemberPostsAndProposesAndTheLeaderCommentsAndPutsItToAVote() {
        Fixtures f = Fixtures.create(accounts, coops);

        Page member = browser.newPage(390, 844);
        signIn(member, f.member());
        member.navigate("http://localhost:" + port + "/board");
        member.locator("#new-post").click();
        member.locator("#post-title input").fill("이번 주 배추 도매가");
        member.locator("#post-body textarea")
                .fill("<b>한 망 11,000원</b>\n가락시장 시세: https://www.garak.co.kr");
        member.locator("#post-add-link").click();
        member.locator("#post-link-0 input").fill("javascript:alert(1)");
        member.locator("#post-publish").click();
        assertThat(member.locator("vaadin-notification-card")).containsText("http:// 또는 https://");
        member.locator("#post-link-0 input").fill("https://www.seongnam.go.kr/subsidy");
        member.locator("#post-publish").click();

        assertThat(member.locator("#post-heading")).hasText("이번 주 배추 도매가");
        assertThat(member.locator("#post-text")).containsText("<b>한 망 11,000원</b>");
        assertThat(member.locator("#post-text a")).hasAttribute("href", "https://www.garak.co.kr");
        assertThat(member.locator("a.post-link"))
                .hasAttribute("href", "https://www.seongnam.go.kr/subsidy");
        screenshot(member, "board-post");
        assertThat(member).hasURL(Pattern.compile(".*/board/post/\\d+"));
        String postUrl = member.url();

        member.navigate("http://localhost:" + port + "/proposals");
        member.locator("#new-proposal").click();
        member.locator("#proposal-title input").fill("장날 공동 할인 행사");
        member.locator("#proposal-body textarea").fill("매달 첫 토요일에 모든 가게가 10% 할인합시다.");
        member.locator("#proposal-submit").click();
        assertThat(member.locator("#proposal-state")).containsText("검토 대기");
        assertThat(member.locator("#proposal-withdraw")).isVisible();
        // The page shows before the browser's address changes.
        assertThat(member).hasURL(Pattern.compile(".*/proposals/\\d+"));
        long id = Long.parseLong(member.url().replaceAll(".*/proposals/(\\d+).*", "$1"));
        screenshot(member, "proposal");

        Page leader = browser.newPage(1280, 900);
        signIn(leader, f.leader());
        leader.navigate(postUrl);
        leader.locator("#comment-text textarea").fill("좋은 정보 고맙습니다!");
        leader.locator("#comment-send").click();
        assertThat(leader.locator("#post-comments")).containsText("좋은 정보 고맙습니다!");
        leader.locator("#post-useful").click();
        assertThat(leader.locator("#post-useful")).containsText("(1)");

        leader.navigate("http://localhost:" + port + "/");
        Locator review =
                leader.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("안건 검토"));
        assertThat(review.first()).isVisible();
        review.first().click();
        assertThat(leader.getByText("매달 첫 토요일에 모든 가게가 10% 할인합시다.")).isVisible();
        answerYes(leader);

        Fixtures.signIn(f.member());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(() -> proposals.get(id).state() == ProposalState.VOTING);
        Fixtures.signOut();
        member.reload();
        assertThat(member.locator("#proposal-state")).containsText("투표 중");
        assertThat(member.locator("#proposal-withdraw")).isHidden();
        member.navigate("http://localhost:" + port + "/board");
        assertThat(member.locator("#board-grid")).containsText("이번 주 배추 도매가");
        assertThat(member.locator("#board-grid")).containsText("댓글 1 · 유용해요 1");
        assertThat(member).hasURL(Pattern.compile(".*/board.*"));

        member.navigate("http://localhost:" + port + "/rules");
        assertThat(member.locator("#rules-version")).containsText("1판");
        assertThat(member.locator("#rules-history")).containsText("처음 규칙");
        assertThat(member.locator("#rules-save")).hasCount(0);
        screenshot(member, "rules");
    }
}
