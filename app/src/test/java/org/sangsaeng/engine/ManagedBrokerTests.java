package org.sangsaeng.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whom the managed broker's launcher trusts on the gateway port: the broker an earlier run started
 * on the same data, never a stranger (issue 19, point 7). A plain server socket stands in for a
 * foreign process; no broker is started.
 */
class ManagedBrokerTests {

    @TempDir Path dataDir;

    @Test
    void aForeignProcessOnTheGatewayPortFailsTheStartNamingThePort() throws Exception {
        try (ServerSocket foreign = listening()) {
            int port = foreign.getLocalPort();

            assertThatThrownBy(() -> launch(port))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Port " + port)
                    .hasMessageContaining("not the broker of " + dataDir);
        }
    }

    @Test
    void aPidFileNamingALiveProcessThatIsNoBrokerIsNotTrusted() throws Exception {
        // The test's own JVM: alive, but no Zeebe broker on this data.
        Files.writeString(
                dataDir.resolve(ManagedBroker.PID_FILE),
                Long.toString(ProcessHandle.current().pid()));
        try (ServerSocket foreign = listening()) {
            assertThatThrownBy(() -> launch(foreign.getLocalPort()))
                    .hasMessageContaining("Port " + foreign.getLocalPort());
        }
    }

    @Test
    void theBrokerAnEarlierRunStartedOnThisDataIsReusedAndLeftRunning() throws Exception {
        // A process whose command line reads like our broker's (sh keeps the extra words as its
        // arguments).
        Process broker =
                new ProcessBuilder(
                                "/bin/sh",
                                "-c",
                                "sleep 60",
                                "java",
                                "-Dapp.home=" + dataDir,
                                "-Dspring.config.additional-location=file:broker.yaml",
                                "io.camunda.application.StandaloneBroker")
                        .start();
        try (ServerSocket gateway = listening()) {
            Files.writeString(dataDir.resolve(ManagedBroker.PID_FILE), Long.toString(broker.pid()));

            ManagedBroker reused = launch(gateway.getLocalPort());

            assertThat(reused.startedByUs()).isFalse();
            reused.close();
            assertThat(broker.isAlive()).as("left running").isTrue();
        } finally {
            broker.destroy();
            broker.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aPriorityOutsideWhatNiceTakesIsRefusedNamingTheSetting() {
        for (int nice : new int[] {-1, 20}) {
            assertThatThrownBy(
                            () ->
                                    new EngineProperties.Managed(
                                            "d", "e", "c", "data", null, 1, 2, 3, 4, 5, nice))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("(SANGSAENG_BROKER_NICE) must be 0 to 19, not " + nice);
        }
    }

    private ManagedBroker launch(int gatewayPort) {
        Path missing = dataDir.resolve("no-distribution");
        return ManagedBroker.launch(
                missing,
                missing.resolve("exporter.jar"),
                missing.resolve("broker.yaml"),
                dataDir,
                Path.of(System.getProperty("java.home")),
                new EngineProperties.Managed(
                        "d", "e", "c", dataDir.toString(), null, gatewayPort, 0, 0, 0, 0, 0),
                new ManagedBroker.ExporterDatabase("jdbc:none", "u", "p"),
                Map.of());
    }

    private static ServerSocket listening() throws Exception {
        return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }
}
