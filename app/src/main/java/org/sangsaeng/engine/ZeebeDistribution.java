package org.sangsaeng.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Zeebe distribution the build unpacks (engine/target/broker): its programs, started as JVMs of
 * their own, for the managed broker and for the three-broker cluster of the failover test.
 */
final class ZeebeDistribution {

    private ZeebeDistribution() {}

    /**
     * Starts a program of the distribution (the broker, or a standalone gateway) in a JVM of its
     * own, with our heap limits, {@code config} beside its own and {@code env} added to its
     * environment, at CPU priority {@code nice} (Unix nice; ignored where there is no {@code nice}
     * program); its logs go under {@code home}, its output to {@code home/<name>.log}.
     */
    static Process startJvm(
            Path javaHome,
            Path distribution,
            Path config,
            Path home,
            String name,
            String mainClass,
            Map<String, String> env,
            int nice)
            throws IOException {
        Files.createDirectories(home);
        List<String> command = new ArrayList<>();
        if (nice > 0 && Files.isExecutable(NICE)) {
            // nice runs the JVM in its own place: the process started is the broker itself.
            command.addAll(List.of(NICE.toString(), "-n", Integer.toString(nice)));
        }
        command.addAll(
                List.of(
                        javaHome.resolve("bin/java").toString(),
                        "-Xms128m",
                        "-Xmx512m",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-Dfile.encoding=UTF-8",
                        "-cp",
                        distribution.resolve("config") + ":" + distribution.resolve("lib") + "/*",
                        // The distribution's logging config writes under app.home; keep
                        // that beside its data.
                        "-Dapp.name=" + name,
                        "-Dbasedir=" + distribution,
                        "-Dapp.home=" + home,
                        "-Dspring.config.additional-location=file:" + config,
                        mainClass));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        builder.redirectOutput(
                ProcessBuilder.Redirect.appendTo(home.resolve(name + ".log").toFile()));
        return builder.start();
    }

    private static final Path NICE = Path.of("/usr/bin/nice");

    private static final Pattern MAIN_CLASS = Pattern.compile("[a-z.]+\\.StandaloneBroker");

    /** Whether this command line runs a Zeebe broker (of any version we support). */
    static boolean isBroker(String commandLine) {
        return MAIN_CLASS.matcher(commandLine).find();
    }

    /**
     * The broker's main class as the distribution's own start script names it: it moved between
     * versions ({@code io.camunda.zeebe.broker.StandaloneBroker} in 8.5, {@code
     * io.camunda.application.StandaloneBroker} from 8.6).
     */
    static String brokerMainClass(Path distribution) throws IOException {
        return mainClass(distribution, "broker", MAIN_CLASS, "StandaloneBroker");
    }

    /** The standalone gateway's main class, as the distribution's {@code bin/gateway} names it. */
    static String gatewayMainClass(Path distribution) throws IOException {
        return mainClass(
                distribution,
                "gateway",
                Pattern.compile("[a-z.]+\\.StandaloneGateway"),
                "StandaloneGateway");
    }

    private static String mainClass(
            Path distribution, String script, Pattern pattern, String simpleName)
            throws IOException {
        Matcher m = pattern.matcher(Files.readString(distribution.resolve("bin").resolve(script)));
        return m.find() ? m.group() : "io.camunda.application." + simpleName;
    }
}
