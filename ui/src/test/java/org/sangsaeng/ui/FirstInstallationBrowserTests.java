package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.TestSystem;
import org.sangsaeng.db.TestDatabase;
import org.sangsaeng.shared.BusinessNumber;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A foundation installs Sangsaeng for real: an empty database, no demo data, only the first
 * administrator from configuration. The administrator's first page is the set-up checklist.
 */
// An app of its own on an empty database, closed after it instead of running on beside the shared one.
@DirtiesContext
class FirstInstallationBrowserTests extends BrowserTest {

    static final String ADMIN = "foundation-admin";

    @DynamicPropertySource
    static void emptyDatabaseAndFirstAdministrator(DynamicPropertyRegistry registry) {
        TestSystem.inMemoryEngine(registry, TestDatabase.newDatabase("first"));
        registry.add("sangsaeng.admin.username", () -> ADMIN);
        registry.add("sangsaeng.admin.password", () -> Fixtures.PASSWORD);
    }

    @Test
    void theFirstAdministratorIsShownWhatSetUpStillLacks() {
        Page phone = browser.newPage(390, 844);
        signIn(phone, ADMIN);

        assertThat(phone.locator("#setup-checklist")).isVisible();
        for (String step : new String[] {"market", "supplier", "merchants", "coop"}) {
            assertThat(phone.locator("#setup-step-" + step)).hasClass(java.util.regex.Pattern.compile("setup-todo"));
        }
        screenshot(phone, "first-installation-checklist");

        // The market, from the checklist's link.
        phone.locator("#setup-step-market a").click();
        phone.locator("#markets-new").click();
        phone.locator("#market-name input").fill("태평3동 전통시장");
        phone.locator("#market-district input").fill("성남시 수정구");
        phone.locator("#market-address input").fill("경기도 성남시 수정구 태평로 55");
        phone.locator("#market-save").click();
        assertThat(phone.locator("#markets-grid").getByText("태평3동 전통시장")).isVisible();

        phone.navigate("http://localhost:" + port + "/admin/suppliers");
        phone.locator("#suppliers-new").click();
        phone.locator("#supplier-name input").fill("한맥제분");
        phone.locator("#supplier-business-number input").fill(BusinessNumber.completing("124816204").value());
        phone.locator("#supplier-contact-person input").fill("한정미");
        phone.locator("#supplier-contact-phone input").fill("031-755-1234");
        phone.locator("#supplier-goods textarea").fill("밀가루 20kg 포대, 천연효모");
        phone.locator("#supplier-save").click();
        assertThat(phone.locator("#suppliers-grid").getByText("한맥제분")).isVisible();

        phone.navigate("http://localhost:" + port + "/admin/coops");
        phone.locator("#coops-new").click();
        phone.locator("#coop-market input").fill("태평3동");
        phone.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("태평3동 전통시장")).click();
        phone.locator("#coop-name input").fill("태평3동 상인협동조합");
        phone.locator("#coop-description textarea").fill("태평3동 시장 상인들의 공동구매와 공동판매");
        phone.locator("#coop-save").click();
        assertThat(phone.locator("#coops-grid").getByText("태평3동 상인협동조합")).isVisible();

        phone.navigate("http://localhost:" + port + "/");
        for (String step : new String[] {"market", "supplier", "coop"}) {
            assertThat(phone.locator("#setup-step-" + step)).hasClass(java.util.regex.Pattern.compile("setup-done"));
        }
        assertThat(phone.locator("#setup-step-merchants")).hasClass(java.util.regex.Pattern.compile("setup-todo"));
    }
}
