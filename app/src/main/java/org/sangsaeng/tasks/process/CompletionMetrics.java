package org.sangsaeng.tasks.process;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.sangsaeng.shared.Snapshot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code sangsaeng_task_completions_pending} and {@code
 * sangsaeng_task_completions_oldest_pending_seconds}: people's answers whose completion command has
 * not reached the broker yet ({@link CompletionOutbox}), and how long the oldest has waited (0 when
 * none). Both are 0 again within a second of an answer; figures that stay up mean the broker is
 * away or refuses: the answers are safe in the database, but their processes wait. One query over
 * the pending rows, read at most every few seconds however often they are scraped.
 */
@Component
class CompletionMetrics implements MeterBinder {

    private record Pending(long count, double oldestSeconds) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Snapshot<Pending> snapshot = new Snapshot<>(Snapshot.METRICS_MAX_AGE, this::read);

    CompletionMetrics(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("sangsaeng.task.completions.pending", this, m -> m.snapshot.get().count())
                .description("Answers whose completion command has not reached the broker yet")
                .register(registry);
        Gauge.builder(
                        "sangsaeng.task.completions.oldest.pending.seconds",
                        this,
                        m -> m.snapshot.get().oldestSeconds())
                .description("How long the oldest answer not yet taken by the broker has waited")
                .register(registry);
    }

    private Pending read() {
        return jdbc.queryForObject(
                "SELECT COUNT(*), MIN(created_at) FROM task_completion WHERE state = 'PENDING'",
                (rs, n) -> {
                    Timestamp oldest = rs.getTimestamp(2);
                    return new Pending(
                            rs.getLong(1),
                            oldest == null
                                    ? 0
                                    : Math.max(
                                                    0,
                                                    Duration.between(
                                                                    oldest.toInstant(),
                                                                    Instant.now(clock))
                                                            .toMillis())
                                            / 1000.0);
                });
    }
}
