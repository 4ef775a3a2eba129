package org.sangsaeng.notifications;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.sangsaeng.shared.Snapshot;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code sangsaeng_outbox{channel, state}}: messages waiting to go out ({@code pending}) and
 * messages that failed for good ({@code failed}) per channel, from one grouped query read at most
 * every few seconds. The same query counts the failures of the last {@code outbox-failure-window},
 * which the outbox health reads.
 */
@Component
class OutboxMetrics implements MeterBinder {

    /** The {@code state} label: the outbox statuses an operator watches. */
    enum State {
        PENDING,
        FAILED
    }

    /** Per channel: waiting, failed for good, and failed for good within the window. */
    record Counts(Map<Channel, long[]> byChannel) {

        long get(Channel channel, State state) {
            return byChannel.get(channel)[state.ordinal()];
        }

        long failedRecently() {
            return byChannel.values().stream().mapToLong(c -> c[2]).sum();
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration failureWindow;
    private final Snapshot<Counts> snapshot = new Snapshot<>(Snapshot.METRICS_MAX_AGE, this::read);

    OutboxMetrics(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${sangsaeng.monitoring.outbox-failure-window:PT1H}") Duration failureWindow) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.failureWindow = failureWindow;
    }

    Duration failureWindow() {
        return failureWindow;
    }

    Counts counts() {
        return snapshot.get();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Channel channel : Channel.values()) {
            for (State state : State.values()) {
                Gauge.builder("sangsaeng.outbox", this, m -> m.counts().get(channel, state))
                        .description(
                                "Outbox messages waiting to go out (pending) or failed for good (failed)")
                        .tag("channel", channel.name().toLowerCase(Locale.ROOT))
                        .tag("state", state.name().toLowerCase(Locale.ROOT))
                        .register(registry);
            }
        }
    }

    private Counts read() {
        Map<Channel, long[]> counts = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            counts.put(channel, new long[3]);
        }
        LocalDateTime since =
                LocalDateTime.ofInstant(clock.instant().minus(failureWindow), ZoneOffset.UTC);
        jdbc.query(
                """
                SELECT channel, status, COUNT(*), SUM(failed_at >= ?)
                  FROM outbox_message WHERE status IN ('PENDING', 'FAILED')
                 GROUP BY channel, status
                """,
                rs -> {
                    long[] c = counts.get(Channel.valueOf(rs.getString(1)));
                    State state = State.valueOf(rs.getString(2));
                    c[state.ordinal()] = rs.getLong(3);
                    if (state == State.FAILED) {
                        c[2] = rs.getLong(4);
                    }
                },
                since);
        return new Counts(counts);
    }
}
