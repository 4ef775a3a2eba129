package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin on a phone makes an account and reads its temporary password; the new person signs in
 * with it, is sent to choose a password of their own from every page, and then reaches the task
 * list.
 */
class AccountAdministrationBrowserTests extends BrowserTest {

    @Autowired AccountService accounts;

    @Test
    void anAdminMakesAnAccountOnAPhoneAndItsPersonChoosesTheirOwnPassword() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        String admin = "admin-" + s;
        String baker = "baker-" + s;
        accounts.createAccount(admin, Fixtures.PASSWORD, "한관리", Set.of(Role.ADMIN));

        Page phone = browser.newPage(390, 844);
        signIn(phone, admin);
        phone.navigate("http://localhost:" + port + "/admin/accounts");
        assertThat(phone.locator("#accounts-grid")).isVisible();
        phone.locator("#new-account").click();
        phone.locator("#new-username input").fill(baker);
        phone.locator("#new-display-name input").fill("김제빵");
        phone.locator("#new-phone input")
                .fill("010-7" + s.replaceAll("\\D", "7").substring(0, 3) + "-1234");
        phone.locator("#create-account").click();
        assertThat(phone.locator("#temporary-password")).isVisible();
        String temporary = phone.locator("#temporary-password").textContent().trim();
        assertThat(temporary).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
        screenshot(phone, "accounts-temporary-password-phone");
        phone.locator("#temporary-done").click();
        assertThat(phone.locator("#temporary-password")).isHidden();
        // Among every account of the shared test database the new one is found by its name.
        phone.locator("#accounts-search input").fill(baker);
        assertThat(row(phone, baker)).isVisible();
        phone.locator("#accounts-search input").fill("김제");
        assertThat(row(phone, admin)).isHidden();
        assertThat(row(phone, baker)).isVisible();

        Page newcomer = browser.newPage(390, 844);
        login(newcomer, baker, temporary);
        assertThat(newcomer.locator("#temporary-password-notice")).isVisible();
        // Every other page sends them back until the password is theirs.
        newcomer.navigate("http://localhost:" + port + "/purchases");
        assertThat(newcomer.locator("#temporary-password-notice")).isVisible();
        screenshot(newcomer, "accounts-forced-change-phone");

        newcomer.locator("#current-password input").fill(temporary);
        newcomer.locator("#new-password input").fill("우리 빵집 소금빵 2026");
        newcomer.locator("#repeat-password input").fill("우리 빵집 소금빵 2026");
        newcomer.locator("#change-password").click();
        assertThat(newcomer.locator("#my-tasks-grid")).isVisible();
        newcomer.navigate("http://localhost:" + port + "/purchases");
        assertThat(newcomer.locator("#temporary-password-notice")).isHidden();
    }

    /**
     * The grid's row of the account as shown (the grid keeps cells of rows it showed before,
     * hidden).
     */
    private static Locator row(Page page, String username) {
        return page.locator("#accounts-grid")
                .getByText(username)
                .filter(new Locator.FilterOptions().setVisible(true));
    }
}
