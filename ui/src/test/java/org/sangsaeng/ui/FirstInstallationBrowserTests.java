package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.TestSystem;
import org.sangsaeng.db.TestDatabase;
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
    }
}
