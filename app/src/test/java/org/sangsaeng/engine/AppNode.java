package org.sangsaeng.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sangsaeng.SangsaengApplication;
import org.springframework.core.env.Environment;

/**
 * Another app node in a JVM of its own, on the test's broker and database, with its workers: what
 * the tests of several app nodes start next to the test's own.
 */
final class AppNode {

    private AppNode() {}

    /**
     * Starts the node {@code name} from the class path and waits until it has started (its job
     * workers open, unless it runs none, and its web server listening); its log goes to {@code
     * target/node-<name>-<millis>.log}.
     */
    static Process start(Environment env, String name, String classPath, Duration wait)
            throws IOException {
        return start(env, name, classPath, Map.of(), wait);
    }

    /** {@link #start} with these of its properties set otherwise (or added). */
    static Process start(
            Environment env,
            String name,
            String classPath,
            Map<String, String> overrides,
            Duration wait)
            throws IOException {
        Path log =
                Path.of("target", "node-" + name + "-" + System.currentTimeMillis() + ".log")
                        .toAbsolutePath();
        Map<String, String> properties = new HashMap<>();
        for (String key :
                List.of(
                        "sangsaeng.db.url",
                        "sangsaeng.db.user",
                        "sangsaeng.db.password",
                        "sangsaeng.home")) {
            properties.put(key, env.getRequiredProperty(key));
        }
        properties.put("sangsaeng.engine.mode", "remote");
        properties.put(
                "sangsaeng.engine.grpc-address",
                "http://127.0.0.1:"
                        + env.getRequiredProperty("sangsaeng.engine.managed.gateway-port"));
        properties.put(
                "sangsaeng.engine.rest-address",
                "http://127.0.0.1:"
                        + env.getRequiredProperty("sangsaeng.engine.managed.rest-port"));
        properties.put("sangsaeng.node-name", name);
        properties.put("sangsaeng.demo.enabled", "false");
        properties.put("sangsaeng.notifications.dispatch-interval", "PT1H");
        properties.put("server.port", "0");
        properties.putAll(overrides);
        List<String> command =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Xmx384m",
                                "-cp",
                                classPath,
                                SangsaengApplication.class.getName()));
        properties.forEach((k, v) -> command.add("--" + k + "=" + v));
        Process node =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        try {
            await().atMost(wait)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(
                            () -> {
                                assertThat(node.isAlive())
                                        .as("node %s is running; its log: %s", name, log)
                                        .isTrue();
                                return Files.readString(log, StandardCharsets.UTF_8)
                                        .contains(
                                                "Started "
                                                        + SangsaengApplication.class
                                                                .getSimpleName());
                            });
        } catch (RuntimeException | AssertionError e) {
            node.destroyForcibly();
            throw e;
        }
        return node;
    }
}
