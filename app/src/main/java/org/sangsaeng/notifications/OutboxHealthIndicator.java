package org.sangsaeng.notifications;

import java.util.Locale;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code outbox} component of {@code /actuator/health}: DOWN while a message failed for good
 * within {@code sangsaeng.monitoring.outbox-failure-window} (SMS, KakaoTalk or e-mail not reaching
 * people: a provider's key, balance or sender number), UP again once the window has passed or the
 * message was sent again.
 */
@Component
class OutboxHealthIndicator implements HealthIndicator {

    private final OutboxMetrics metrics;

    OutboxHealthIndicator(OutboxMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public Health health() {
        OutboxMetrics.Counts counts = metrics.counts();
        long failedRecently = counts.failedRecently();
        Health.Builder health = failedRecently > 0 ? Health.down() : Health.up();
        for (Channel channel : Channel.values()) {
            String name = channel.name().toLowerCase(Locale.ROOT);
            health.withDetail(name + "Pending", counts.get(channel, OutboxMetrics.State.PENDING))
                    .withDetail(name + "Failed", counts.get(channel, OutboxMetrics.State.FAILED));
        }
        return health.withDetail("failedWithinWindow", failedRecently)
                .withDetail("window", metrics.failureWindow().toString())
                .build();
    }
}
