package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sangsaeng.Fixtures;
import org.sangsaeng.TestSystem;
import org.sangsaeng.db.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A foundation installs Sangsaeng for real: an empty database, no demo data, only the first
 * administrator from configuration. On a phone, following the set-up checklist, the administrator
 * registers a market, a supplier and a co-op, makes accounts for the supplier and three merchants,
 * takes the merchants into the co-op and appoints its interim leader; the supplier and the leader
 * choose their own passwords, the supplier fills its catalogue and the leader proposes the co-op's
 * first group purchase from it. Prints the time it took.
 */
// An app of its own on an empty database, closed after it instead of running on beside the shared
// one.
// Not a BrowserTest: a subclass's @DynamicPropertySource runs before its superclass's, so the
// shared
// test database of InMemoryEngineTest would win over this class's empty one.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "vaadin.productionMode=true")
@DirtiesContext
class FirstInstallationBrowserTests {

    static final String ADMIN = "foundation-admin";

    @RegisterExtension static final OneBrowser browser = new OneBrowser();

    @LocalServerPort int port;

    @DynamicPropertySource
    static void emptyDatabaseAndFirstAdministrator(DynamicPropertyRegistry registry) {
        TestSystem.inMemoryEngine(registry, TestDatabase.newDatabase("first"));
        registry.add("sangsaeng.admin.username", () -> ADMIN);
        registry.add("sangsaeng.admin.password", () -> Fixtures.PASSWORD);
    }

    @Test
    void theFoundationGoesFromAnEmptyDatabaseToAFirstPurchaseOnAPhone() {
        Instant started = Instant.now();
        Page phone = browser.newPage(390, 844);
        BrowserTest.signIn(phone, port, ADMIN);

        assertThat(phone.locator("#setup-checklist")).isVisible();
        for (String step : new String[] {"market", "supplier", "merchants", "coop"}) {
            assertThat(phone.locator("#setup-step-" + step))
                    .hasClass(Pattern.compile("setup-todo"));
        }
        BrowserTest.screenshot(phone, "first-installation-checklist");

        // The market, from the checklist's link.
        SetUpSteps steps = new SetUpSteps(port);
        phone.locator("#setup-step-market a").click();
        assertThat(phone.locator("#markets-new")).isVisible();
        steps.market(phone, "태평3동 전통시장", "성남시 수정구", "경기도 성남시 수정구 태평로 55");
        steps.supplier(phone, "한맥제분", "124816204");

        phone.navigate("http://localhost:" + port + "/admin/coops");
        phone.locator("#coops-new").click();
        phone.locator("#coop-market input").fill("태평3동");
        phone.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("태평3동 전통시장"))
                .click();
        phone.locator("#coop-name input").fill("태평3동 상인협동조합");
        phone.locator("#coop-description textarea").fill("태평3동 시장 상인들의 공동구매와 공동판매");
        phone.locator("#coop-save").click();
        assertThat(phone.locator("#coops-grid").getByText("태평3동 상인협동조합")).isVisible();

        phone.navigate("http://localhost:" + port + "/");
        for (String step : new String[] {"market", "supplier", "coop"}) {
            assertThat(phone.locator("#setup-step-" + step))
                    .hasClass(Pattern.compile("setup-done"));
        }
        assertThat(phone.locator("#setup-step-merchants")).hasClass(Pattern.compile("setup-todo"));

        // Accounts: the supplier's and three merchants', each with a temporary password handed
        // over.
        phone.locator("#setup-step-merchants a").click();
        String mill = steps.newAccount(phone, "hanmaek.flour", "한정미", "010-3100-2001", "공급업체");
        assertThat(phone.locator("#accounts-grid")).containsText("공급업체");
        Map<String, String> merchants = new LinkedHashMap<>();
        merchants.put(
                "kim.bakery", steps.newAccount(phone, "kim.bakery", "김민지", "010-3100-2002", null));
        merchants.put(
                "park.butcher",
                steps.newAccount(phone, "park.butcher", "박정우", "010-3100-2003", null));
        merchants.put(
                "lee.banchan",
                steps.newAccount(phone, "lee.banchan", "이순자", "010-3100-2004", null));
        phone.navigate("http://localhost:" + port + "/");
        assertThat(phone.locator("#my-tasks-grid")).isVisible();
        assertThat(phone.locator("#setup-checklist")).isHidden(); // set-up is done

        // The supplier account answers for the supplier.
        steps.linkSupplierAccount(phone, "한맥제분", "hanmaek.flour");

        // The co-op takes the merchants in; the foundation appoints its interim leader.
        phone.navigate("http://localhost:" + port + "/admin/coops");
        phone.locator("[id^='coop-members-']").first().click();
        String[][] shops = {
            {"kim.bakery", "제과점", "태평당 제과"},
            {"park.butcher", "정육점", "박씨네 정육점"},
            {"lee.banchan", "반찬가게", "이모네 반찬"}
        };
        for (String[] shop : shops) {
            phone.locator("#member-username input").fill(shop[0]);
            phone.locator("#member-business-type").click();
            phone.locator("vaadin-select-item")
                    .filter(new Locator.FilterOptions().setHasText(shop[1]))
                    .click();
            phone.locator("#member-shop input").fill(shop[2]);
            phone.locator("#member-add").click();
            assertThat(phone.locator("#coop-members-grid").getByText(shop[2])).isVisible();
        }
        phone.locator("#leader-member").click();
        phone.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("kim.bakery"))
                .click();
        phone.locator("#leader-reason textarea").fill("창립 총회 전까지 임시 대표");
        phone.locator("#leader-appoint").click();
        assertThat(phone.locator("#coop-members-grid").getByText("김민지 (kim.bakery) · 대표"))
                .isVisible();
        System.out.printf(
                "FIGURE first co-op with members and a leader, from an empty database: %d s%n",
                Duration.between(started, Instant.now()).toSeconds());
        BrowserTest.screenshot(phone, "first-installation-members");

        // The supplier chooses their own password and puts flour in the catalogue.
        Page supplier = browser.newPage(390, 844);
        steps.ownPassword(supplier, "hanmaek.flour", mill, "한맥 밀가루 스무 포대");
        steps.catalogueItem(supplier, "밀가루 20kg 포대 (강력분)", "kg", "20", "1550", "1,550원/kg");

        // The interim leader proposes a group purchase from the catalogue; the members' vote opens.
        Page leader = browser.newPage(390, 844);
        steps.ownPassword(leader, "kim.bakery", merchants.get("kim.bakery"), "태평당 소금빵 굽는 아침");
        leader.navigate("http://localhost:" + port + "/purchases/new");
        leader.locator("#purchase-supplier").click();
        leader.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("한맥제분"))
                .click();
        leader.locator("#catalogue-item").click();
        leader.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("밀가루 20kg 포대"))
                .click();
        leader.locator("#add-catalogue-line").click();
        assertThat(leader.locator("[id^='line-price-'] input")).hasValue("1550");
        leader.locator("#purchase-title input").fill("설 대비 밀가루 공동구매");
        leader.locator("#propose-purchase").click();
        assertThat(leader.locator("#purchase-stage")).containsText("투표 중");
        BrowserTest.screenshot(leader, "first-installation-first-purchase");

        // The foundation reads who did all this.
        phone.navigate("http://localhost:" + port + "/admin/changes");
        assertThat(phone.locator("#changes-grid")).containsText("임시 대표 임명");
        assertThat(phone.locator("#changes-grid")).containsText("조합원 추가");
        System.out.printf(
                "FIGURE first purchase proposed from the catalogue, from an empty database: %d s%n",
                Duration.between(started, Instant.now()).toSeconds());
    }
}
