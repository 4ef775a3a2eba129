package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.membership.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Five merchants found a co-op on their phones: one proposes it with the four others found by name,
 * each confirms in their task list, the foundation approves, they vote for their leader, and the
 * founding page shows who was elected.
 */
class CoopFoundingBrowserTests extends BrowserTest {

    static final LocatorAssertions.IsVisibleOptions SLOW =
            new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);

    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void fiveMerchantsFoundACoopConfirmTheFoundationApprovesAndTheyElectTheirLeader() {
        Instant started = Instant.now();
        Fixtures f = Fixtures.create(accounts, coops);
        String s = UUID.randomUUID().toString().substring(0, 5);
        List<String> founders = new ArrayList<>();
        String[] names = {"김민지", "박정우", "이순자", "최영희", "정대호"};
        for (int i = 0; i < 5; i++) {
            String username = "fd" + i + "-" + s;
            // They keep shops in the market's co-op already: the founder search fills the shop in.
            accounts.addMembership(
                    f.otherCoopId(),
                    accounts.createAccount(username, Fixtures.PASSWORD, names[i] + s, Set.of()),
                    false,
                    BusinessType.values()[i],
                    names[i] + "네 가게");
            founders.add(username);
        }
        String foundation = "officer-" + s;
        accounts.createAccount(foundation, Fixtures.PASSWORD, "상권재단 " + s, Set.of(Role.FOUNDATION));
        String coopName = "모란 골목 협동조합 " + s;

        // The proposer, on a phone, finds the page from the co-ops page.
        Page phone = browser.newPage(390, 844);
        signIn(phone, founders.get(0));
        phone.navigate("http://localhost:" + port + "/coops");
        phone.locator("#found-coop-link").click();
        assertThat(phone).hasURL(Pattern.compile(".*/foundings/new"));
        phone.locator("#founding-market").click();
        phone.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(coops.get(f.coopId()).marketName()))
                .click();
        phone.locator("#founding-name input").fill(coopName);
        phone.locator("#founding-purpose textarea").fill("모란 골목 가게들의 공동구매와 공동 홍보");
        for (int i = 1; i < 5; i++) {
            phone.locator("#founding-search input").fill(names[i] + s);
            Locator add = phone.locator(".founding-add[data-username='" + founders.get(i) + "']");
            assertThat(add).isVisible(SLOW);
            add.click();
            // The click clears the search on the server: type the next name only once it has.
            assertThat(phone.locator(".founder-row[data-username='" + founders.get(i) + "']"))
                    .isVisible(SLOW);
            assertThat(phone.locator("#founding-search input")).hasValue("");
        }
        assertThat(phone.locator("#founding-count")).containsText("5명");
        assertThat(phone.locator("#founding-rules-quorum input")).hasValue("50");
        screenshot(phone, "founding-new");
        phone.locator("#founding-propose").click();
        assertThat(phone.locator("#founding-state"))
                .containsText(
                        "발기인 확인 중",
                        new com.microsoft.playwright.assertions.LocatorAssertions
                                        .ContainsTextOptions()
                                .setTimeout(60_000));
        // The page's address comes from the database: the browser may still show foundings/new.
        String foundingPage =
                "http://localhost:"
                        + port
                        + "/foundings/"
                        + jdbc.queryForObject(
                                "select id from coop_founding where name = ?",
                                Long.class,
                                coopName);
        System.out.printf("FIGURE founding proposed with five founders: %d s%n", seconds(started));

        // Each other founder confirms in their task list.
        for (int i = 1; i < 5; i++) {
            Page founder = browser.newPage(390, 844);
            signIn(founder, founders.get(i));
            openTask(founder, coopName);
            answerYes(founder);
            founder.close();
        }
        System.out.printf("FIGURE four founders confirmed: %d s%n", seconds(started));

        // The foundation approves.
        Page officer = browser.newPage(390, 844);
        signIn(officer, foundation);
        openTask(officer, coopName);
        answerYes(officer);
        officer.close();
        System.out.printf("FIGURE foundation approved: %d s%n", seconds(started));

        // Every founder votes; three of them for the second founder.
        for (int i = 0; i < 5; i++) {
            Page voter = browser.newPage(390, 844);
            signIn(voter, founders.get(i));
            openTask(voter, "투표: " + coopName);
            String choice = i < 3 ? names[1] + s : names[0] + s;
            voter.locator("#vote-candidate vaadin-radio-button")
                    .filter(new Locator.FilterOptions().setHasText(choice))
                    .click();
            if (i == 0) {
                screenshot(voter, "founding-ballot");
            }
            voter.locator("#complete-task").click();
            assertThat(voter.locator("#my-tasks-grid")).isVisible();
            voter.close();
        }
        System.out.printf("FIGURE five founders voted: %d s%n", seconds(started));

        // The founding page shows the elected leader, once the count and the leader's installation
        // are done.
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(120))
                .until(
                        () ->
                                jdbc.queryForList(
                                        "select u.username from leader_election e join app_user u on u.id = e.leader_id where e.founding_id ="
                                                + " (select id from coop_founding where name = ?)",
                                        String.class,
                                        coopName),
                        l -> !l.isEmpty());
        phone.navigate(foundingPage);
        Locator leader = phone.locator("#founding-leader");
        for (int attempt = 0; attempt < 30 && leader.count() == 0; attempt++) {
            phone.waitForTimeout(2_000);
            phone.reload();
        }
        assertThat(leader).containsText(names[1] + s);
        assertThat(phone.locator("#founding-state")).containsText("설립됨");
        screenshot(phone, "founding-elected");
        System.out.printf(
                "FIGURE co-op founded and leader elected, whole journey: %d s%n", seconds(started));
    }

    private static void openTask(Page page, String subject) {
        Locator task =
                page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText(subject));
        for (int attempt = 0; attempt < 30 && task.count() == 0; attempt++) {
            page.waitForTimeout(2_000);
            page.reload();
        }
        assertThat(task.first()).isVisible(SLOW);
        task.first().click();
    }

    private static long seconds(Instant started) {
        return Duration.between(started, Instant.now()).toSeconds();
    }
}
