package org.sangsaeng.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.PartitionInfo;
import io.camunda.client.api.response.Topology;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code engine} component of {@code /actuator/health}: UP when the gateway answers and every
 * partition has a leader, so that processes can start and jobs can complete.
 */
@Component
class EngineHealthIndicator implements HealthIndicator {

    // Short, so that a health probe never waits as long as a client request may.
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final CamundaClient client;

    EngineHealthIndicator(CamundaClient client) {
        this.client = client;
    }

    @Override
    public Health health() {
        Topology topology;
        try {
            topology =
                    client.newTopologyRequest()
                            .send()
                            .join(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
        List<Integer> led =
                topology.getBrokers().stream()
                        .flatMap(broker -> broker.getPartitions().stream())
                        .filter(PartitionInfo::isLeader)
                        .map(PartitionInfo::getPartitionId)
                        .distinct()
                        .toList();
        Health.Builder health =
                led.size() >= topology.getPartitionsCount() && !topology.getBrokers().isEmpty()
                        ? Health.up()
                        : Health.down();
        return health.withDetail("brokers", topology.getBrokers().size())
                .withDetail("partitions", topology.getPartitionsCount())
                .withDetail("partitionsWithLeader", led.size())
                .withDetail("gatewayVersion", topology.getGatewayVersion())
                .build();
    }
}
