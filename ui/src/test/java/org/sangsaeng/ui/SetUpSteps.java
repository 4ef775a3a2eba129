package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.sangsaeng.shared.BusinessNumber;

/**
 * What a foundation's administrator does on the administration pages, for the from-empty journeys.
 */
final class SetUpSteps {

    private final int port;

    SetUpSteps(int port) {
        this.port = port;
    }

    /**
     * A merchant opens the sign-up page from the login page, fills in who they are and their shop,
     * and has the code sent to their phone.
     */
    void signUpUntilCodeSent(
            Page phone,
            String name,
            String shop,
            String type,
            String market,
            String businessNumberFirstNine,
            String mobile) {
        phone.navigate("http://localhost:" + port + "/login");
        phone.locator("#login-sign-up").click();
        phone.locator("#signup-name input").fill(name);
        phone.locator("#signup-shop input").fill(shop);
        choose(phone, "#signup-type", type);
        choose(phone, "#signup-market", market);
        phone.locator("#signup-business-number input")
                .fill(BusinessNumber.completing(businessNumberFirstNine).value());
        phone.locator("#signup-phone input").fill(mobile);
        phone.locator("#signup-send-code").click();
        assertThat(phone.locator("#signup-code-sent")).containsText("10분");
    }

    /** Opens the select and picks the (first) item with this text. */
    static void choose(Page page, String select, String item) {
        page.locator(select).click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(item))
                .first()
                .click();
    }

    void market(Page phone, String name, String district, String address) {
        phone.navigate("http://localhost:" + port + "/admin/markets");
        phone.locator("#markets-new").click();
        phone.locator("#market-name input").fill(name);
        phone.locator("#market-district input").fill(district);
        phone.locator("#market-address input").fill(address);
        phone.locator("#market-save").click();
        assertThat(phone.locator("#markets-grid").getByText(name)).isVisible();
    }

    void supplier(Page phone, String name, String businessNumberFirstNine) {
        phone.navigate("http://localhost:" + port + "/admin/suppliers");
        phone.locator("#suppliers-new").click();
        phone.locator("#supplier-name input").fill(name);
        phone.locator("#supplier-business-number input")
                .fill(BusinessNumber.completing(businessNumberFirstNine).value());
        phone.locator("#supplier-contact-person input").fill("한정미");
        phone.locator("#supplier-contact-phone input").fill("031-755-1234");
        phone.locator("#supplier-goods textarea").fill("밀가루 20kg 포대, 천연효모");
        phone.locator("#supplier-save").click();
        assertThat(phone.locator("#suppliers-grid").getByText(name)).isVisible();
    }

    void linkSupplierAccount(Page phone, String supplier, String username) {
        phone.navigate("http://localhost:" + port + "/admin/suppliers");
        phone.locator("#suppliers-grid").getByText(supplier).click();
        phone.locator("#supplier-account input").fill(username);
        phone.locator("#supplier-link").click();
        assertThat(phone.getByText(username + " 계정을 연결했습니다")).isVisible();
    }

    /**
     * Creates an account on the accounts page (already open) and returns its temporary password.
     */
    String newAccount(Page phone, String username, String name, String mobile, String role) {
        phone.locator("#new-account").click();
        phone.locator("#new-username input").fill(username);
        phone.locator("#new-display-name input").fill(name);
        phone.locator("#new-phone input").fill(mobile);
        if (role != null) {
            phone.locator("#new-roles vaadin-checkbox")
                    .filter(new Locator.FilterOptions().setHasText(role))
                    .locator("input")
                    .check();
        }
        phone.locator("#create-account").click();
        assertThat(phone.locator("#temporary-password")).isVisible();
        String temporary = phone.locator("#temporary-password").textContent().trim();
        phone.locator("#temporary-done").click();
        assertThat(phone.locator("#temporary-password")).isHidden();
        return temporary;
    }

    /** Signs in with the temporary password and chooses one's own, as the first page asks. */
    void ownPassword(Page page, String username, String temporary, String chosen) {
        // The login form is a web component: typing before it is ready can be lost; try once more
        // then.
        for (int attempt = 1; ; attempt++) {
            page.navigate("http://localhost:" + port + "/login");
            page.locator("input[name='username']").fill(username);
            page.locator("input[name='password']").fill(temporary);
            assertThat(page.locator("input[name='username']")).hasValue(username);
            assertThat(page.locator("input[name='password']")).hasValue(temporary);
            page.locator("input[name='password']").press("Enter");
            try {
                assertThat(page.locator("#temporary-password-notice")).isVisible();
                break;
            } catch (AssertionError e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
        page.locator("#current-password input").fill(temporary);
        page.locator("#new-password input").fill(chosen);
        page.locator("#repeat-password input").fill(chosen);
        page.locator("#change-password").click();
        assertThat(page.locator("#my-tasks-grid")).isVisible();
    }

    /** The supplier, signed in, puts an item in its catalogue. */
    void catalogueItem(
            Page supplier, String item, String unit, String pack, String price, String shown) {
        supplier.navigate("http://localhost:" + port + "/supplier");
        supplier.locator("#new-item-name input").fill(item);
        supplier.locator("#new-item-unit input").fill(unit);
        supplier.locator("#new-item-pack input").fill(pack);
        supplier.locator("#new-item-price input").fill(price);
        supplier.locator("#add-item").click();
        assertThat(supplier.locator("#catalogue-grid")).containsText(shown);
    }

    /**
     * Opens the first task in the signed-in person's list whose card shows this text, reloading
     * until it comes.
     */
    void openTask(Page page, String text) {
        page.navigate("http://localhost:" + port + "/");
        Locator task =
                page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText(text));
        for (int attempt = 0; attempt < 30 && task.count() == 0; attempt++) {
            page.waitForTimeout(2_000);
            page.reload();
        }
        assertThat(task.first()).isVisible();
        task.first().click();
    }
}
