package org.sangsaeng.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.BrokerInfo;
import io.camunda.client.api.response.PartitionInfo;
import io.camunda.client.api.response.Topology;
import io.grpc.Status;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.sangsaeng.TestSystem;

/**
 * A real Zeebe cluster on this machine: three brokers and a standalone gateway, each a process of
 * its own, from the distribution and with the configuration and audit exporter of the managed
 * broker, and the settings of the compose {@code cluster} profile ({@link #clusterSettings}): three
 * partitions, replication factor three. All three exporters sign with one key, made before they
 * start, as compose's {@code audit-key} service makes it.
 */
record LocalCluster(
        Path folder,
        List<ManagedBroker> brokers,
        Process gateway,
        String grpcAddress,
        String restAddress,
        CamundaClient client)
        implements AutoCloseable {

    static final int BROKERS = 3;
    static final int PARTITIONS = 3;

    /** Zeebe's keys carry their partition in the bits above these. */
    private static final int KEY_BITS = 51;

    /**
     * The broker settings of the compose {@code cluster} profile (docker-compose.yml, {@code
     * zeebe-0}) for broker {@code nodeId}, beside those of engine/config/broker.yaml: what this
     * cluster shares with it, so that a run of it stands for the compose one.
     */
    static Map<String, String> clusterSettings(int nodeId, String contactPoints) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("ZEEBE_BROKER_CLUSTER_NODEID", Integer.toString(nodeId));
        settings.put("ZEEBE_BROKER_CLUSTER_CLUSTERSIZE", Integer.toString(BROKERS));
        settings.put("ZEEBE_BROKER_CLUSTER_PARTITIONSCOUNT", Integer.toString(PARTITIONS));
        settings.put("ZEEBE_BROKER_CLUSTER_REPLICATIONFACTOR", "3");
        settings.put("ZEEBE_BROKER_CLUSTER_INITIALCONTACTPOINTS", contactPoints);
        settings.put("ZEEBE_BROKER_GATEWAY_ENABLE", "false");
        settings.put("ZEEBE_BROKER_THREADS_CPUTHREADCOUNT", "2");
        settings.put("ZEEBE_BROKER_THREADS_IOTHREADCOUNT", "2");
        return settings;
    }

    /**
     * Starts the three brokers and the gateway under {@code folder} with the exporter writing to
     * {@code database}, and waits until every partition has a leader.
     */
    static LocalCluster start(Path folder, ManagedBroker.ExporterDatabase database, Duration wait)
            throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("sangsaeng.project.root", "..")).toAbsolutePath();
        Path distribution = root.resolve("engine/target/broker/zeebe");
        Path exporterJar = root.resolve("engine/target/sangsaeng-audit-exporter.jar");
        Path config = root.resolve("engine/config/broker.yaml");
        Path java = Path.of(System.getProperty("java.home"));
        signingKey(java, exporterJar, folder);

        // Per broker: gateway (unused), command, internal, REST, management; then the gateway's.
        List<Integer> ports = TestSystem.freePorts(BROKERS * 5 + 4);
        String contactPoints =
                IntStream.range(0, BROKERS)
                        .mapToObj(n -> "127.0.0.1:" + ports.get(n * 5 + 2))
                        .collect(Collectors.joining(","));
        List<ManagedBroker> brokers = new ArrayList<>();
        for (int n = 0; n < BROKERS; n++) {
            Map<String, String> settings = new LinkedHashMap<>(clusterSettings(n, contactPoints));
            settings.put(
                    "ZEEBE_BROKER_EXPORTERS_AUDIT_ARGS_SIGNINGKEYFILE",
                    signingKeyFile(folder).toString());
            settings.put(
                    "ZEEBE_BROKER_EXPORTERS_AUDIT_ARGS_PUBLICKEYFILE",
                    publicKeyFile(folder).toString());
            int p = n * 5;
            brokers.add(
                    ManagedBroker.launch(
                            distribution,
                            exporterJar,
                            config,
                            folder.resolve("broker-" + n),
                            java,
                            new EngineProperties.Managed(
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    ports.get(p),
                                    ports.get(p + 1),
                                    ports.get(p + 2),
                                    ports.get(p + 3),
                                    ports.get(p + 4),
                                    0),
                            database,
                            settings));
        }
        int g = BROKERS * 5;
        Map<String, String> env = new LinkedHashMap<>();
        env.put("ZEEBE_STANDALONE_GATEWAY", "true");
        env.put("ZEEBE_GATEWAY_NETWORK_HOST", "127.0.0.1");
        env.put("ZEEBE_GATEWAY_NETWORK_PORT", Integer.toString(ports.get(g)));
        env.put("ZEEBE_GATEWAY_CLUSTER_HOST", "127.0.0.1");
        env.put("ZEEBE_GATEWAY_CLUSTER_PORT", Integer.toString(ports.get(g + 1)));
        env.put("ZEEBE_GATEWAY_CLUSTER_MEMBERID", "gateway");
        env.put("ZEEBE_GATEWAY_CLUSTER_INITIALCONTACTPOINTS", contactPoints);
        env.put("SERVER_PORT", Integer.toString(ports.get(g + 2)));
        env.put("MANAGEMENT_SERVER_PORT", Integer.toString(ports.get(g + 3)));
        Process gateway =
                ZeebeDistribution.startJvm(
                        java,
                        distribution,
                        config,
                        folder.resolve("gateway"),
                        "gateway",
                        ZeebeDistribution.gatewayMainClass(distribution),
                        env,
                        0);
        String grpc = "http://127.0.0.1:" + ports.get(g);
        String rest = "http://127.0.0.1:" + ports.get(g + 2);
        LocalCluster cluster =
                new LocalCluster(
                        folder,
                        brokers,
                        gateway,
                        grpc,
                        rest,
                        CamundaClient.newClientBuilder()
                                .grpcAddress(URI.create(grpc))
                                .restAddress(URI.create(rest))
                                .preferRestOverGrpc(false)
                                .defaultRequestTimeout(Duration.ofSeconds(5))
                                .build());
        try {
            brokers.forEach(b -> b.awaitReady(wait));
            cluster.awaitLeaders(wait);
        } catch (RuntimeException | InterruptedException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** The key all three exporters sign with, made once before they start. */
    private static void signingKey(Path java, Path exporterJar, Path folder)
            throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Process make =
                new ProcessBuilder(
                                java.resolve("bin/java").toString(),
                                "-cp",
                                exporterJar.toString(),
                                "org.sangsaeng.engine.audit.AuditSigningKey",
                                signingKeyFile(folder).toString(),
                                publicKeyFile(folder).toString())
                        .redirectErrorStream(true)
                        .redirectOutput(folder.resolve("audit-key.log").toFile())
                        .start();
        if (!make.waitFor(2, TimeUnit.MINUTES) || make.exitValue() != 0) {
            throw new IllegalStateException(
                    "The signing key was not made; see " + folder.resolve("audit-key.log"));
        }
    }

    private static Path signingKeyFile(Path folder) {
        return folder.resolve("audit-key").resolve(ManagedBroker.SIGNING_KEY_FILE);
    }

    /** The exporters' public key, for the app to check their checkpoints. */
    Path publicKeyFile() {
        return publicKeyFile(folder);
    }

    private static Path publicKeyFile(Path folder) {
        return folder.resolve(ManagedBroker.SIGNING_KEY_FILE + ".pub");
    }

    /** The partition a Zeebe key (of a job, an instance) belongs to. */
    static int partitionOf(long key) {
        return (int) (key >> KEY_BITS);
    }

    /**
     * The node id of the partition's leader as the gateway knows it, or -1 when it knows none (or
     * does not answer).
     */
    int leaderOf(int partition) {
        try {
            Topology topology = client.newTopologyRequest().send().join(5, TimeUnit.SECONDS);
            for (BrokerInfo broker : topology.getBrokers()) {
                for (PartitionInfo p : broker.getPartitions()) {
                    if (p.getPartitionId() == partition && p.isLeader()) {
                        return broker.getNodeId();
                    }
                }
            }
        } catch (RuntimeException e) {
            // no answer yet
        }
        return -1;
    }

    /**
     * Whether the partition's leader takes commands: a cancel of an instance that does not exist
     * there is answered "not found" by the leader, and fails otherwise (no leader, timeout).
     */
    boolean partitionAnswers(int partition) {
        long nowhere = ((long) partition << KEY_BITS) + (1L << (KEY_BITS - 1));
        try {
            client.newCancelInstanceCommand(nowhere)
                    .requestTimeout(Duration.ofSeconds(2))
                    .send()
                    .join();
            return true;
        } catch (ClientStatusException e) {
            return e.getStatusCode() == Status.Code.NOT_FOUND;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void awaitLeaders(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!IntStream.rangeClosed(1, PARTITIONS).allMatch(this::partitionAnswers)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "Not every partition of the cluster had a leader within "
                                + wait
                                + "; see the logs under "
                                + folder);
            }
            Thread.sleep(500);
        }
    }

    /**
     * Kills broker {@code nodeId} with SIGKILL, as a crash of its machine would stop it, and waits
     * for its end.
     */
    void kill(int nodeId) throws Exception {
        ProcessHandle broker = ProcessHandle.of(brokers.get(nodeId).pid().orElseThrow()).get();
        broker.destroyForcibly();
        broker.onExit().get(30, TimeUnit.SECONDS);
    }

    /** Stops the gateway and the brokers, and removes their data (the logs stay). */
    @Override
    public void close() {
        client.close();
        gateway.destroy();
        brokers.forEach(ManagedBroker::close);
        try {
            gateway.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        gateway.destroyForcibly();
        for (int n = 0; n < BROKERS; n++) {
            TestSystem.deleteRecursively(folder.resolve("broker-" + n).resolve("data"));
        }
    }
}
