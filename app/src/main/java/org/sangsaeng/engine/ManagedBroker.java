package org.sangsaeng.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.sangsaeng.shared.DatabaseConnection;
import org.sangsaeng.shared.SangsaengHome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Zeebe broker run as a child process with our configuration and the audit exporter, or the one
 * an earlier run of the app started on the same data and left running (then it is reused and left
 * running). Any other process on the gateway port fails the start: the app would otherwise send its
 * commands, and trust its audit trail, to a broker it knows nothing about.
 */
final class ManagedBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ManagedBroker.class);

    /** In the data folder: the process id of the broker started on that data. */
    static final String PID_FILE = "broker.pid";

    /**
     * In the data folder: the audit exporter's checkpoint signing key ({@code .pub} beside it: the
     * public half).
     */
    public static final String SIGNING_KEY_FILE = "audit-signing.key";

    private final Process process;
    private final int managementPort;
    private final long startedAt = System.nanoTime();

    private ManagedBroker(Process process, int managementPort) {
        this.process = process;
        this.managementPort = managementPort;
    }

    /**
     * Starts the broker the settings describe (or finds the running one) without waiting for it to
     * be ready.
     */
    static ManagedBroker launch(
            EngineProperties properties, SangsaengHome home, DatabaseConnection database) {
        EngineProperties.Managed managed = properties.managed();
        String javaHome =
                managed.javaHome() == null || managed.javaHome().isBlank()
                        ? System.getProperty("java.home")
                        : managed.javaHome();
        return launch(
                home.resolve(managed.distribution()),
                home.resolve(managed.exporterJar()),
                home.resolve(managed.config()),
                home.resolve(managed.dataDir()),
                Path.of(javaHome),
                managed,
                database.hasAuditUser()
                        ? new ExporterDatabase(
                                database.url(), database.auditUser(), database.auditPassword())
                        : new ExporterDatabase(
                                database.url(), database.user(), database.password()),
                Map.of());
    }

    /** The broker's process id, when this app started it. */
    OptionalLong pid() {
        return process == null ? OptionalLong.empty() : OptionalLong.of(process.pid());
    }

    /**
     * Starts the broker, with {@code settings} added to its environment over ours (a member of a
     * cluster: its {@code ZEEBE_BROKER_CLUSTER_*}; none for the managed broker), or finds the
     * running one, without waiting for it to be ready.
     */
    static ManagedBroker launch(
            Path distribution,
            Path exporterJar,
            Path config,
            Path dataDir,
            Path javaHome,
            EngineProperties.Managed managed,
            ExporterDatabase database,
            Map<String, String> settings) {
        int gatewayPort = managed.gatewayPort();
        int managementPort = managed.managementPort();
        if (portOpen(gatewayPort)) {
            long pid =
                    ourBroker(dataDir)
                            .orElseThrow(
                                    () ->
                                            new IllegalStateException(
                                                    "Port "
                                                            + gatewayPort
                                                            + " (the Zeebe gateway) is taken by a process that is not the broker of "
                                                            + dataDir
                                                            + " (no live broker named in "
                                                            + dataDir.resolve(PID_FILE)
                                                            + "). Stop that process, or give"
                                                            + " the managed broker another port (sangsaeng.engine.managed.gateway-port)."));
            log.info(
                    "Our Zeebe broker (pid {}) already listens on 127.0.0.1:{}; reusing it",
                    pid,
                    gatewayPort);
            return new ManagedBroker(null, managementPort);
        }
        requireFile(
                distribution.resolve("lib"),
                "the Zeebe broker distribution (build with ./sangsaeng build)");
        requireFile(exporterJar, "the audit exporter jar (build with ./sangsaeng build)");
        requireFile(config, "the broker configuration");
        try {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("ZEEBE_BROKER_DATA_DIRECTORY", dataDir.resolve("data").toString());
            env.put("ZEEBE_BROKER_GATEWAY_NETWORK_PORT", Integer.toString(gatewayPort));
            env.put(
                    "ZEEBE_BROKER_NETWORK_COMMANDAPI_PORT",
                    Integer.toString(managed.commandPort()));
            env.put(
                    "ZEEBE_BROKER_NETWORK_INTERNALAPI_PORT",
                    Integer.toString(managed.internalPort()));
            env.put("SERVER_PORT", Integer.toString(managed.restPort()));
            env.put("MANAGEMENT_SERVER_PORT", Integer.toString(managementPort));
            env.put(
                    "ZEEBE_BROKER_EXPORTERS_AUDIT_CLASSNAME",
                    "org.sangsaeng.engine.audit.AuditExporter");
            env.put("ZEEBE_BROKER_EXPORTERS_AUDIT_JARPATH", exporterJar.toString());
            env.put("ZEEBE_BROKER_EXPORTERS_AUDIT_ARGS_URL", database.url());
            env.put("ZEEBE_BROKER_EXPORTERS_AUDIT_ARGS_USER", database.user());
            env.put("ZEEBE_BROKER_EXPORTERS_AUDIT_ARGS_PASSWORD", database.password());
            // The exporter's signing key lives with the broker's data; the app reads only its
            // public half.
            env.put(
                    "ZEEBE_BROKER_EXPORTERS_AUDIT_ARGS_SIGNINGKEYFILE",
                    dataDir.resolve(SIGNING_KEY_FILE).toString());
            env.putAll(settings);
            Process process =
                    ZeebeDistribution.startJvm(
                            javaHome,
                            distribution,
                            config,
                            dataDir,
                            "broker",
                            ZeebeDistribution.brokerMainClass(distribution),
                            env,
                            managed.nice());
            Files.writeString(dataDir.resolve(PID_FILE), Long.toString(process.pid()));
            log.info(
                    "Started the Zeebe broker (pid {}) with data in {}; log in {}",
                    process.pid(),
                    dataDir,
                    dataDir.resolve("broker.log"));
            return new ManagedBroker(process, managementPort);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Could not start the Zeebe broker from " + distribution, e);
        }
    }

    /** Blocks until the broker says it is ready, or fails after the timeout. */
    void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready =
                HttpRequest.newBuilder(
                                URI.create(
                                        "http://127.0.0.1:"
                                                + managementPort
                                                + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2))
                        .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(
                        "The Zeebe broker exited with code "
                                + process.exitValue()
                                + " while starting; see its log under data/zeebe/broker.log");
            }
            try {
                int status = http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 == 2) {
                    log.info(
                            "Zeebe broker ready after {} ms",
                            (System.nanoTime() - startedAt) / 1_000_000);
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(
                        "Interrupted while waiting for the Zeebe broker", e);
            }
            sleep(500);
        }
        throw new IllegalStateException("The Zeebe broker was not ready within " + timeout);
    }

    boolean startedByUs() {
        return process != null;
    }

    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        log.info("Stopping the Zeebe broker (pid {})", process.pid());
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                log.warn("The Zeebe broker did not stop within 30 s; killing it");
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    record ExporterDatabase(String url, String user, String password) {}

    /**
     * The broker started on this data folder, if it still runs: the process the pid file names,
     * alive, and by its command line a Zeebe broker with this folder as its home. A pid the system
     * has given to another program since is not taken for ours.
     */
    static OptionalLong ourBroker(Path dataDir) {
        Path pidFile = dataDir.resolve(PID_FILE);
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile).strip());
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
        String home = "-Dapp.home=" + dataDir + " ";
        boolean ours =
                ProcessHandle.of(pid)
                        .filter(ProcessHandle::isAlive)
                        .flatMap(p -> p.info().commandLine())
                        .filter(c -> ZeebeDistribution.isBroker(c) && c.contains(home))
                        .isPresent();
        return ours ? OptionalLong.of(pid) : OptionalLong.empty();
    }

    private static boolean portOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void requireFile(Path path, String what) {
        if (!Files.exists(path)) {
            throw new IllegalStateException("Missing " + what + " at " + path);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
