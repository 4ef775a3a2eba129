package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.ShiftedClock;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.purchase.FlourPurchase;
import org.sangsaeng.purchase.ProposalService;
import org.sangsaeng.purchase.PurchaseService;
import org.sangsaeng.purchase.Stage;
import org.sangsaeng.tasks.MyTaskList;
import org.sangsaeng.tasks.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The supplier does not answer the pooled order in time; the leader, on a phone, finds the step in
 * the task list, is refused a cancel without a reason, and cancels with one that the purchase page
 * then shows. The engine keeps real time: the app's clock is set back so that the supplier's 48
 * hours run out 20 seconds after the order goes out.
 */
@Import(ShiftedClock.Config.class)
// Its own app (with the shifted clock) is closed after it instead of running on beside the shared
// one.
@DirtiesContext
class SilentSupplierBrowserTests extends BrowserTest {

    static final Duration WAIT = Duration.ofSeconds(90);

    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired PurchaseService purchases;
    @Autowired ProposalService proposals;
    @Autowired TaskInbox inbox;
    @Autowired ShiftedClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
        Fixtures.signOut();
    }

    @Test
    void theLeaderCancelsAPurchaseTheSupplierDidNotAnswerWithAReasonOnAPhone() {
        Fixtures f = Fixtures.create(accounts, coops);
        FlourPurchase flour = FlourPurchase.prepare(accounts, coops, f, 0);
        long id = flour.propose(proposals, "설 대비 밀가루 공동구매");
        flour.members()
                .forEach(
                        m ->
                                MyTaskList.complete(
                                        inbox, m, "member-vote", Map.of("choice", "YES"), WAIT));
        Fixtures.signIn(f.leader());
        await().pollInSameThread()
                .atMost(WAIT)
                .until(() -> purchases.get(id).stage() == Stage.ORDERING);
        long line = purchases.get(id).lines().getFirst().id();
        clock.shift(Duration.ofHours(48).minusSeconds(20).negated());
        flour.members()
                .forEach(
                        m ->
                                MyTaskList.complete(
                                        inbox,
                                        m,
                                        "purchase-pledge",
                                        Map.of(
                                                "lines",
                                                List.of(
                                                        Map.of(
                                                                "lineId",
                                                                line,
                                                                "quantity",
                                                                5,
                                                                "tolerance",
                                                                0))),
                                        WAIT));
        MyTaskList.awaitTask(inbox, f.leader(), "purchase-supplier-timeout", WAIT);
        clock.reset();
        Fixtures.signOut();

        Page phone = browser.newPage(390, 844);
        signIn(phone, f.leader());
        Locator step =
                phone.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("공급업체 무응답"));
        assertThat(step.first())
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        step.first().click();
        assertThat(phone.getByText("기한 안에 주문에 답하지 않았습니다")).isVisible();
        phone.locator("#decision vaadin-radio-button").nth(1).click();
        assertThat(phone.locator("#cancel-reason")).isVisible();
        assertThat(phone.locator("#new-answer-due")).isHidden();
        phone.locator("#complete-task").click();
        assertThat(phone.getByText("취소 사유를 입력해 주세요")).isVisible();
        phone.locator("#cancel-reason textarea").fill("공급업체와 연락이 닿지 않습니다");
        screenshot(phone, "silent-supplier-phone");
        phone.locator("#complete-task").click();
        assertThat(phone.locator("#my-tasks-grid")).isVisible();

        Fixtures.signIn(f.leader());
        await().pollInSameThread()
                .atMost(WAIT)
                .until(() -> purchases.get(id).stage() == Stage.CANCELLED);
        Fixtures.signOut();
        phone.navigate("http://localhost:" + port + "/purchases/" + id);
        assertThat(phone.locator("#cancel-reason")).containsText("공급업체와 연락이 닿지 않습니다");
        screenshot(phone, "silent-supplier-cancelled");
    }
}
