package org.sangsaeng.tasks;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sangsaeng.shared.Snapshot;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code sangsaeng_tasks_open{process, age}} and {@code sangsaeng_tasks_overdue{process}}: the open
 * task rows of every process, by age and past their due date. Both families come from one grouped
 * query over the open tasks, read at most every few seconds however often they are scraped. Every
 * process of {@code processes/} has its series from the start (0 without tasks; a process id is its
 * file's name); a process found only in the task rows (a file since removed) gets them at the next
 * read.
 */
@Component
class TaskMetrics implements MeterBinder {

    /** How long a task has been open, the {@code age} label. */
    enum Age {
        LT_1D(Duration.ZERO),
        D1_7D(Duration.ofDays(1)),
        GT_7D(Duration.ofDays(7));

        final Duration from;

        Age(Duration from) {
            this.from = from;
        }

        String label() {
            return switch (this) {
                case LT_1D -> "lt_1d";
                case D1_7D -> "1d_7d";
                case GT_7D -> "gt_7d";
            };
        }
    }

    private record Counts(long[] open, long overdue) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Snapshot<Map<String, Counts>> snapshot;
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private volatile MeterRegistry registry;

    TaskMetrics(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.snapshot = new Snapshot<>(Snapshot.METRICS_MAX_AGE, this::read);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        deployedProcesses().stream()
                .filter(registered::add)
                .forEach(process -> register(registry, process));
        snapshot.get();
    }

    private static List<String> deployedProcesses() {
        try {
            return Arrays.stream(
                            new PathMatchingResourcePatternResolver()
                                    .getResources("classpath*:processes/*.bpmn"))
                    .map(Resource::getFilename)
                    .filter(Objects::nonNull)
                    .map(name -> name.substring(0, name.length() - ".bpmn".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Counts> read() {
        Instant now = clock.instant();
        Map<String, Counts> counts = new HashMap<>();
        jdbc.query(
                """
                SELECT bpmn_process_id,
                       SUM(created_at > ?) AS lt_1d,
                       SUM(created_at <= ? AND created_at > ?) AS d1_7d,
                       SUM(created_at <= ?) AS gt_7d,
                       SUM(due_at < ?) AS overdue
                  FROM task WHERE status = 'OPEN'
                 GROUP BY bpmn_process_id
                """,
                rs -> {
                    counts.put(
                            rs.getString(1),
                            new Counts(
                                    new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)},
                                    rs.getLong(5)));
                },
                at(now.minus(Age.D1_7D.from)),
                at(now.minus(Age.D1_7D.from)),
                at(now.minus(Age.GT_7D.from)),
                at(now.minus(Age.GT_7D.from)),
                at(now));
        MeterRegistry target = registry;
        if (target != null) {
            counts.keySet().stream()
                    .filter(registered::add)
                    .forEach(process -> register(target, process));
        }
        return counts;
    }

    private void register(MeterRegistry target, String process) {
        for (Age age : Age.values()) {
            Gauge.builder("sangsaeng.tasks.open", this, m -> m.open(process, age))
                    .description("Open tasks of a process by how long they have been open")
                    .tag("process", process)
                    .tag("age", age.label())
                    .register(target);
        }
        Gauge.builder("sangsaeng.tasks.overdue", this, m -> m.overdue(process))
                .description("Open tasks of a process past their due date")
                .tag("process", process)
                .register(target);
    }

    private double open(String process, Age age) {
        Counts c = snapshot.get().get(process);
        return c == null ? 0 : c.open()[age.ordinal()];
    }

    private double overdue(String process) {
        Counts c = snapshot.get().get(process);
        return c == null ? 0 : c.overdue();
    }

    // The task table holds UTC times (hibernate.jdbc.time_zone).
    private static LocalDateTime at(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
