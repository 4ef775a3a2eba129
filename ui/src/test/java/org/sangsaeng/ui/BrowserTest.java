package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sangsaeng.Fixtures;
import org.sangsaeng.InMemoryEngineTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The app as users get it (production bundle, no development tools) and one headless Chromium per
 * test class.
 */
@TestPropertySource(properties = "vaadin.productionMode=true")
abstract class BrowserTest extends InMemoryEngineTest {

    @RegisterExtension static final OneBrowser browser = new OneBrowser();

    /**
     * Signs in through the login page. The login form is a web component: typing before it is ready
     * can be lost when it renders, so the fields are checked before sending, and a sign-in that did
     * not reach the task list is tried once more.
     */
    void signIn(Page page, String username) {
        signIn(page, port, username);
    }

    /** {@link #signIn(Page, String)} on the app node listening on this port. */
    static void signIn(Page page, int port, String username) {
        for (int attempt = 1; ; attempt++) {
            page.navigate("http://localhost:" + port + "/login");
            Locator user = page.locator("input[name='username']");
            Locator password = page.locator("input[name='password']");
            user.fill(username);
            password.fill(Fixtures.PASSWORD);
            assertThat(user).hasValue(username);
            assertThat(password).hasValue(Fixtures.PASSWORD);
            password.press("Enter");
            try {
                // The first page after sign-in may wait for a busy engine and database on two
                // cores.
                assertThat(page.locator("#my-tasks-grid"))
                        .isVisible(
                                new com.microsoft.playwright.assertions.LocatorAssertions
                                                .IsVisibleOptions()
                                        .setTimeout(30_000));
                return;
            } catch (AssertionError e) {
                if (attempt == 2) {
                    screenshot(page, "sign-in-failed-" + username);
                    throw e;
                }
            }
        }
    }

    /**
     * One sign-in through the login page with this password, whatever page it leads to (or none).
     */
    void login(Page page, String username, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        assertThat(page.locator("input[name='password']")).hasValue(password);
        page.locator("input[name='password']").press("Enter");
        page.waitForLoadState();
    }

    /**
     * The person says yes on the review form that is open (approve, confirm) and is back at their
     * task list; the list may take its time on a loaded machine.
     */
    static void answerYes(Page page) {
        page.locator("#review-decision vaadin-radio-button").first().click();
        page.locator("#complete-task").click();
        assertThat(page.locator("#my-tasks-grid"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
    }

    static void screenshot(Page page, String name) {
        page.screenshot(
                new Page.ScreenshotOptions()
                        .setPath(Path.of("target", "screenshots", name + ".png")));
    }
}
