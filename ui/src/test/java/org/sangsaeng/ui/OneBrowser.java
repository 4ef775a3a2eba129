package org.sangsaeng.ui;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium for a test class, started before its first test and closed after its last:
 * register it as a static {@code @RegisterExtension} field.
 */
final class OneBrowser implements BeforeAllCallback, AfterAllCallback {

    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        browser = new Browser();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        browser.close();
    }

    Page newPage(int width, int height) {
        return browser.newPage(width, height);
    }
}
