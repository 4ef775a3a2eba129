package org.sangsaeng.engine;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.sangsaeng.shared.Snapshot;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code sangsaeng_engine_up}: 1 when this node reaches the engine's gateway and every partition
 * has a leader (what the {@code engine} health says), else 0; asked at most every few seconds.
 */
@Component
class EngineMetrics implements MeterBinder {

    private final Snapshot<Boolean> up;

    EngineMetrics(EngineHealthIndicator health) {
        this.up =
                new Snapshot<>(
                        Snapshot.METRICS_MAX_AGE,
                        () -> Status.UP.equals(health.health().getStatus()));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("sangsaeng.engine.up", up, s -> s.get() ? 1 : 0)
                .description("1 when this node reaches the engine and every partition has a leader")
                .register(registry);
    }
}
