package org.sangsaeng.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The browser tests run on the in-memory engine; its log must be the app tests' thread-safe one
 * (see {@code io.camunda.zeebe.process.test.engine.InMemoryLogStorage} in the app's tests), which
 * the order of this module's test dependencies decides.
 */
class InMemoryEngineLogTests {

    @Test
    void theInMemoryEngineOfTheBrowserTestsUsesTheThreadSafeLog() throws Exception {
        Class<?> log = Class.forName("io.camunda.zeebe.process.test.engine.InMemoryLogStorage");

        assertThat(log.getProtectionDomain().getCodeSource().getLocation().getPath())
                .doesNotContain("zeebe-process-test-engine");
    }
}
