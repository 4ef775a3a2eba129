package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.Role;
import org.sangsaeng.purchase.PurchaseService;
import org.sangsaeng.purchase.Stage;
import org.sangsaeng.tasks.TaskFilter;
import org.sangsaeng.tasks.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;

/** The leader proposes a group purchase in the browser; a member votes and pledges on a phone. */
class GroupPurchaseBrowserTests extends BrowserTest {

    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired PurchaseService purchases;
    @Autowired TaskInbox inbox;

    @Test
    void leaderProposesMemberVotesAndPledgesAndSeesThePacksFill() {
        Fixtures f = Fixtures.create(accounts, coops);
        String supplierName = "한맥제분 " + UUID.randomUUID().toString().substring(0, 6);
        coops.createSupplier(
                supplierName,
                "밀가루",
                accounts.createAccount(
                        "sup-" + UUID.randomUUID().toString().substring(0, 8),
                        Fixtures.PASSWORD,
                        "공급",
                        Set.of(Role.SUPPLIER)));

        Page leader = browser.newPage(1280, 900);
        signIn(leader, f.leader());
        leader.navigate("http://localhost:" + port + "/purchases");
        leader.locator("#new-purchase").click();
        fillProposal(leader, supplierName);

        // A cleared deadline is refused by its name, and nothing is proposed.
        for (String part : new String[] {"vaadin-date-picker", "vaadin-time-picker"}) {
            Locator input = leader.locator("#purchase-order-deadline " + part + " input");
            input.fill("");
            input.press("Enter");
        }
        leader.locator("#propose-purchase").click();
        assertThat(leader.getByText("주문 마감: 날짜와 시각을 골라 주세요.")).isVisible();
        assertThat(leader).hasURL(Pattern.compile(".*/purchases/new"));
        Fixtures.signIn(f.leader());
        org.assertj.core.api.Assertions.assertThat(purchases.ofCoop(f.coopId()))
                .as("no purchase is proposed without an order deadline")
                .isEmpty();
        Fixtures.signOut();

        leader.reload();
        fillProposal(leader, supplierName);
        screenshot(leader, "proposal");
        leader.locator("#propose-purchase").click();
        assertThat(leader.locator("#purchase-stage")).containsText("투표 중");
        assertThat(leader).hasURL(Pattern.compile(".*/purchases/\\d+"));
        long id = Long.parseLong(leader.url().replaceAll(".*/purchases/(\\d+).*", "$1"));

        Fixtures.signIn(f.leader());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(() -> !inbox.myTasks(new TaskFilter(null, "member-vote"), 0, 10).isEmpty());
        inbox.complete(
                inbox.myTasks(new TaskFilter(null, "member-vote"), 0, 10).getFirst().id(),
                Map.of("choice", "YES"));
        Fixtures.signOut();
        leader.reload();
        assertThat(leader.locator("#vote-turnout")).containsText("2명 중 1명이 투표했습니다");

        Page member = browser.newPage(390, 844);
        signIn(member, f.member());
        Locator voteTask =
                member.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("조합원 투표"));
        assertThat(voteTask.first())
                .isVisible(
                        new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                                .setTimeout(30_000));
        voteTask.first().click();
        // The ballot names the purchase (the task's subject line says it too, once its row has it).
        assertThat(
                        member.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions().setName("추석 밀가루 공동구매")))
                .isVisible();
        member.locator("#vote-choice vaadin-radio-button").first().click();
        member.locator("#complete-task").click();
        assertThat(member.locator("#my-tasks-grid")).isVisible();

        Fixtures.signIn(f.member());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(() -> purchases.get(id).stage() == Stage.ORDERING);
        Fixtures.signOut();
        member.navigate("http://localhost:" + port + "/purchases/" + id);
        Locator quantity =
                member.locator("#pledge-editor vaadin-integer-field[id^='quantity-'] input")
                        .first();
        quantity.fill("3");
        member.locator("#save-pledge").click();
        assertThat(member.getByText("가득 찬 묶음 1개, 다음 묶음 1/2 (부족 1)")).isVisible();
        assertThat(member.locator("#pledge-editor")).containsText("3");
        screenshot(member, "pledge");

        // The leader wants nothing this time and says so on the pledge task, on a phone: that is
        // their answer, and the purchase page counts it.
        Page leaderPhone = browser.newPage(390, 844);
        signIn(leaderPhone, f.leader());
        Locator pledgeTask =
                leaderPhone
                        .locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("공동구매 수량 신청"));
        assertThat(pledgeTask.first())
                .isVisible(
                        new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                                .setTimeout(30_000));
        pledgeTask.first().click();
        assertThat(leaderPhone.locator("#take-nothing")).isVisible();
        screenshot(leaderPhone, "pledge-task-phone");
        leaderPhone.locator("#take-nothing").click();
        assertThat(leaderPhone.locator("#my-tasks-grid")).isVisible();
        leaderPhone.navigate("http://localhost:" + port + "/purchases/" + id);
        assertThat(leaderPhone.locator("#pledge-answers")).containsText("수량 신청 1명 · 이번엔 안 함 1명");
        assertThat(leaderPhone.getByText("이번에는 신청하지 않는다고 답하셨습니다")).isVisible();
        Fixtures.signIn(f.leader());
        org.assertj.core.api.Assertions.assertThat(
                        inbox.myTasks(new TaskFilter(null, "group-purchase"), 0, 10))
                .as("the leader's pledge task is done")
                .noneMatch(t -> "purchase-pledge".equals(t.formKey()));
        Fixtures.signOut();
    }

    private static void fillProposal(Page leader, String supplierName) {
        leader.locator("#purchase-supplier").click();
        leader.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(supplierName))
                .click();
        leader.locator("#purchase-title input").fill("추석 밀가루 공동구매");
        leader.locator("#line-item-0 input").fill("밀가루 20kg");
        leader.locator("#line-unit-0 input").fill("포대");
        leader.locator("#line-price-0 input").fill("31000");
        leader.locator("#line-pack-0 input").fill("2");
    }
}
