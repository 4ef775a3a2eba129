package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On phones: a flour mill adds an item and raises its price; a leader proposes a purchase from the
 * catalogue.
 */
class CatalogueBrowserTests extends BrowserTest {

    @Autowired AccountService accounts;
    @Autowired CoopService coops;

    @Test
    void aSupplierPricesAnItemAndALeaderPicksItWithThePriceFilledIn() {
        Fixtures f = Fixtures.create(accounts, coops);
        String s = UUID.randomUUID().toString().substring(0, 6);
        String supplierName = "한맥제분 " + s;
        String mill = "mill-" + s;
        coops.createSupplier(
                supplierName,
                "밀가루",
                accounts.createAccount(mill, Fixtures.PASSWORD, "한맥제분", Set.of(Role.SUPPLIER)));

        Page supplier = browser.newPage(390, 844);
        signIn(supplier, mill);
        supplier.navigate("http://localhost:" + port + "/supplier");
        supplier.locator("#new-item-name input").fill("밀가루 20kg 포대 (강력분)");
        supplier.locator("#new-item-unit input").fill("kg");
        supplier.locator("#new-item-pack input").fill("20");
        supplier.locator("#new-item-price input").fill("1550");
        supplier.locator("#add-item").click();
        Locator row =
                supplier.locator("#catalogue-grid vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("밀가루 20kg 포대 (강력분)"));
        assertThat(row.first()).isVisible();
        assertThat(supplier.locator("#catalogue-grid")).containsText("1,550원/kg");

        row.first().click();
        supplier.locator("#new-price input").fill("1700");
        supplier.locator("#change-price").click();
        assertThat(supplier.locator("#catalogue-grid")).containsText("1,700원/kg");
        assertThat(supplier.locator("#price-history")).containsText("1,550원");
        assertThat(supplier.locator("#price-history")).containsText("1,700원");
        screenshot(supplier, "catalogue-supplier-phone");

        Page leader = browser.newPage(390, 844);
        signIn(leader, f.leader());
        leader.navigate("http://localhost:" + port + "/purchases/new");
        pick(leader, "#purchase-supplier", supplierName);
        // The supplier's items reach the second select from the server: its list opens once they
        // are there.
        pick(leader, "#catalogue-item", "밀가루 20kg 포대");
        leader.locator("#add-catalogue-line").click();
        assertThat(leader.locator("[id^='line-price-'] input")).hasValue("1700");
        assertThat(leader.locator("[id^='line-item-'] input")).hasValue("밀가루 20kg 포대 (강력분)");
        assertThat(leader.locator("[id^='line-pack-'] input")).hasValue("20");
        leader.locator("#purchase-title input").fill("설 대비 밀가루 공동구매");
        screenshot(leader, "catalogue-proposal-phone");
        leader.locator("#propose-purchase").click();
        assertThat(leader.locator("#purchase-stage")).containsText("투표 중");
        assertThat(leader.getByText("1,700원").first()).isVisible();
    }

    /**
     * Opens a select and picks an item. On busy cores a click can land while the previous select's
     * list is still closing or before the items arrived, and the list does not open: then it is
     * tried again.
     */
    private static void pick(Page page, String select, String item) {
        Locator choice =
                page.locator("vaadin-select-item")
                        .filter(new Locator.FilterOptions().setHasText(item));
        for (int attempt = 1; ; attempt++) {
            page.locator(select).click();
            try {
                choice.waitFor(
                        new Locator.WaitForOptions()
                                .setState(WaitForSelectorState.VISIBLE)
                                .setTimeout(5_000));
                break;
            } catch (TimeoutError e) {
                if (attempt == 4) {
                    throw e;
                }
                page.keyboard().press("Escape");
            }
        }
        choice.click();
    }
}
