package org.sangsaeng;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.sangsaeng.db.FreePorts;
import org.sangsaeng.db.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What Spring tests run against: a real MariaDB (see {@link TestDatabase}) with one fresh database
 * per test JVM and engine mode, and the engine the test asks for.
 */
public final class TestSystem {

    private static TestDatabase.Database inMemoryEngineDatabase;

    /**
     * Where contexts on the in-memory engine look for the exporter's public key; absent unless a
     * test writes it.
     */
    public static final Path IN_MEMORY_AUDIT_KEY =
            Path.of("target", "in-memory-audit", "audit-signing.key.pub").toAbsolutePath();

    private TestSystem() {}

    /** Properties for a context with Zeebe's in-memory engine. */
    public static synchronized void inMemoryEngine(DynamicPropertyRegistry registry) {
        if (inMemoryEngineDatabase == null) {
            inMemoryEngineDatabase = TestDatabase.newDatabase("app");
            try {
                Files.deleteIfExists(
                        IN_MEMORY_AUDIT_KEY); // left by a run that was stopped half-way
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        inMemoryEngine(registry, inMemoryEngineDatabase);
    }

    /**
     * Properties for a context with Zeebe's in-memory engine on a database of its own (benchmarks).
     */
    public static void inMemoryEngine(DynamicPropertyRegistry registry, TestDatabase.Database db) {
        database(registry, db);
        registry.add("sangsaeng.engine.mode", () -> "in-memory");
        // No exporter runs with the in-memory engine: no key to check checkpoints with, unless a
        // test puts one here.
        registry.add("sangsaeng.audit.public-key-file", () -> IN_MEMORY_AUDIT_KEY.toString());
        registry.add("sangsaeng.demo.enabled", () -> "false");
        // Tests drive the outbox dispatcher themselves.
        registry.add("sangsaeng.notifications.dispatch-interval", () -> "PT1H");
    }

    /**
     * Properties for a context that runs the managed Zeebe broker as a child process, with a fresh
     * database, free ports (never a developer's running broker on the default ones) and a fresh
     * folder under {@code target/} whose {@code broker.log} stays for reading after the run.
     */
    public static void managedBroker(DynamicPropertyRegistry registry) {
        database(registry, TestDatabase.newDatabase("broker"));
        registry.add("sangsaeng.engine.mode", () -> "managed");
        registry.add("sangsaeng.demo.enabled", () -> "false");
        Path dataDir = managedBrokerFolder();
        registry.add("sangsaeng.engine.managed.data-dir", dataDir::toString);
        List<Integer> ports = freePorts(5);
        registry.add("sangsaeng.engine.managed.gateway-port", ports::getFirst);
        registry.add("sangsaeng.engine.managed.command-port", () -> ports.get(1));
        registry.add("sangsaeng.engine.managed.internal-port", () -> ports.get(2));
        registry.add("sangsaeng.engine.managed.rest-port", () -> ports.get(3));
        registry.add("sangsaeng.engine.managed.management-port", () -> ports.get(4));
    }

    public static void database(DynamicPropertyRegistry registry, TestDatabase.Database db) {
        registry.add("sangsaeng.db.url", db::url);
        registry.add("sangsaeng.db.user", db::user);
        registry.add("sangsaeng.db.password", db::password);
        registry.add("sangsaeng.home", () -> System.getProperty("sangsaeng.project.root", ".."));
        // Every test signs in from 127.0.0.1, and many try wrong passwords on purpose: the
        // address's own
        // count would slow the whole run. SignInThrottleIntegrationTests checks that rule on its
        // own.
        registry.add("sangsaeng.security.sign-in-address-free-tries", () -> "100000");
        // Never the project's own data/backup.token (a developer's running app uses it) nor its
        // backups/.
        Path backups = backupFolder();
        registry.add(
                "sangsaeng.backup.token-file", () -> backups.resolve("backup.token").toString());
        registry.add("sangsaeng.backup.directory", () -> backups.resolve("archives").toString());
    }

    private static Path backupFolder() {
        try {
            return Files.createTempDirectory(
                    Files.createDirectories(Path.of("target").toAbsolutePath()), "backups-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the broker this folder's {@code broker.pid} names, if it still runs. */
    private static void stopBrokerOf(Path folder) {
        try {
            Path pidFile = folder.resolve("broker.pid");
            if (Files.exists(pidFile)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                        .filter(p -> p.info().command().orElse("").endsWith("java"))
                        .ifPresent(
                                p -> {
                                    p.destroyForcibly();
                                    p.onExit().join();
                                });
            }
        } catch (IOException | NumberFormatException e) {
            // Nothing to stop.
        }
    }

    private static Path managedBrokerFolder() {
        try {
            Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
            Path folder = Files.createTempDirectory(target, "managed-broker-");
            // The broker preallocates a 128 MB log segment; broker.log is small and worth keeping.
            // Shutdown hooks run side by side: a context still closing when the JVM ends would
            // leave its broker running on data that is gone, so it is stopped here first.
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread(
                                    () -> {
                                        stopBrokerOf(folder);
                                        deleteRecursively(folder.resolve("data"));
                                    }));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code count} ports nobody listens on, no two the same ({@link FreePorts}). */
    public static List<Integer> freePorts(int count) {
        return FreePorts.take(count);
    }

    /** Removes the folder and what is in it, if it is there. */
    public static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // under target/: the next clean removes it
        }
    }
}
