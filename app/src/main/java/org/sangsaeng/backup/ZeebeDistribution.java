package org.sangsaeng.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The version of a Zeebe distribution folder, by its broker jar ({@code
 * lib/zeebe-broker-8.6.0.jar}).
 */
final class ZeebeDistribution {

    private static final Pattern BROKER_JAR =
            Pattern.compile("zeebe-broker-(\\d+\\.\\d+\\.\\d+[^/]*)\\.jar");

    private ZeebeDistribution() {}

    static String version(Path distribution) {
        try (Stream<Path> jars = Files.list(distribution.resolve("lib"))) {
            return jars.map(p -> BROKER_JAR.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> m.group(1))
                    .findFirst()
                    .orElseThrow(
                            () -> new BackupRefused("No Zeebe broker in " + distribution + "/lib"));
        } catch (IOException e) {
            throw new BackupRefused(
                    "No Zeebe distribution at "
                            + distribution
                            + " to check the backup's version against (build with ./sangsaeng build)");
        }
    }
}
