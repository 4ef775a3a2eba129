package org.sangsaeng.engine;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("sangsaeng.engine")
record EngineProperties(
        Mode mode,
        String grpcAddress,
        String restAddress,
        Managed managed,
        OAuth oauth,
        Duration readyTimeout) {

    enum Mode {
        MANAGED,
        REMOTE,
        IN_MEMORY
    }

    /**
     * The broker listens on gatewayPort (clients), commandPort and internalPort (cluster), restPort
     * and managementPort. {@code nice} lowers its CPU priority below the app's (Unix nice, 0 to
     * 19): on a machine they share, people's requests go first and the engine catches up after a
     * burst.
     */
    record Managed(
            String distribution,
            String exporterJar,
            String config,
            String dataDir,
            String javaHome,
            int gatewayPort,
            int commandPort,
            int internalPort,
            int restPort,
            int managementPort,
            int nice) {

        Managed {
            if (nice < 0 || nice > 19) {
                throw new IllegalArgumentException(
                        "sangsaeng.engine.managed.nice (SANGSAENG_BROKER_NICE) must be 0 to 19, not "
                                + nice
                                + ": 0 runs the broker at the app's priority, 19 lowest");
            }
        }
    }

    /** Credentials for a Camunda cluster that requires them; empty for a plain broker. */
    record OAuth(
            String clientId, String clientSecret, String audience, String authorizationServerUrl) {

        boolean configured() {
            return clientId != null && !clientId.isBlank();
        }
    }
}
