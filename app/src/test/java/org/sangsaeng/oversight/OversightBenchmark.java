package org.sangsaeng.oversight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.TestSystem;
import org.sangsaeng.bench.BenchReport;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.db.TestDatabase;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.Role;
import org.sangsaeng.statistics.StatisticsFilter;
import org.sangsaeng.statistics.StatisticsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Not a test (the test command skips it): the oversight queries on 1,000,000 audit rows of 50,000
 * process instances in a database of its own. Writes the rows as the exporter does (hash-chained),
 * projects them into the explorer's index, then times the explorer's searches, an instance's page,
 * the statistics dashboard, the exports and the whole chain's check, and prints a table (also
 * appended to {@code docs/benchmarks.md}). Run: {@code ./sangsaeng bench}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// The next benchmark must not share the machine with this one's context (and broker).
@DirtiesContext
class OversightBenchmark {

    static final int INSTANCES = Integer.getInteger("bench.instances", 50_000);
    static final int ROWS_PER_INSTANCE = 20;
    static final int REPEATS = 20;
    static final List<String> PROCESSES =
            List.of("group-purchase", "coupon-approval", "job-matching", "coop-proposal");

    @DynamicPropertySource
    static void system(DynamicPropertyRegistry registry) {
        TestSystem.inMemoryEngine(registry, TestDatabase.newDatabase("bench"));
        // The benchmark projects the rows itself, timed.
        registry.add("sangsaeng.oversight.index-interval", () -> "PT1H");
        registry.add("sangsaeng.oversight.index-initial-delay", () -> "PT1H");
    }

    @Autowired DataSource dataSource;
    @Autowired ProcessIndexer indexer;
    @Autowired ProcessExplorer explorer;
    @Autowired AuditExport export;
    @Autowired AuditTrailService audit;
    @Autowired StatisticsService statistics;
    @Autowired AccountService accounts;
    @Autowired CoopService coops;

    private final BenchReport report =
            new BenchReport(
                    String.format(
                            Locale.ROOT,
                            "Oversight on %,d audit rows of %,d instances",
                            (long) INSTANCES * ROWS_PER_INSTANCE,
                            INSTANCES),
                    OversightBenchmark.class);

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void oversightOnAMillionAuditRows() throws Exception {
        Fixtures f = Fixtures.create(accounts, coops);
        long[] coopIds = {f.coopId(), f.otherCoopId()};
        String foundation = "bench-foundation";
        accounts.createAccount(foundation, Fixtures.PASSWORD, "상권재단", Set.of(Role.FOUNDATION));
        Instant end = Instant.now().truncatedTo(ChronoUnit.DAYS);

        long t0 = System.nanoTime();
        long rows = seed(coopIds, end);
        double seedSeconds = BenchReport.secondsSince(t0);
        line(
                "write the audit rows (hash-chained, batches of 1,000)",
                rows,
                seedSeconds,
                rows / seedSeconds);

        t0 = System.nanoTime();
        long positions = indexer.catchUp();
        double indexSeconds = BenchReport.secondsSince(t0);
        line(
                "project them into the explorer's index",
                positions,
                indexSeconds,
                positions / indexSeconds);

        Fixtures.signIn(foundation);
        LocalDate today = LocalDate.now();
        long someInstance = key(INSTANCES / 2);
        report.time("count all instances", REPEATS, () -> explorer.count(InstanceQuery.all()));
        report.time(
                "first page (50), no filter",
                REPEATS,
                () -> explorer.search(InstanceQuery.all(), 0, 50));
        report.time(
                "page 100 (50 rows), no filter",
                REPEATS,
                () -> explorer.search(InstanceQuery.all(), 4_950, 50));
        report.time(
                "one co-op, count + first page",
                REPEATS,
                () -> page(new InstanceQuery(null, coopIds[0], null, null, null, null, null)));
        report.time(
                "process + last 30 days",
                REPEATS,
                () ->
                        page(
                                new InstanceQuery(
                                        "group-purchase",
                                        null,
                                        null,
                                        today.minusDays(30),
                                        today,
                                        null,
                                        null)));
        report.time(
                "state COMPLETED, count + page",
                REPEATS,
                () -> page(inState(InstanceState.COMPLETED)));
        report.time(
                "state INCIDENT, count + page",
                REPEATS,
                () -> page(inState(InstanceState.INCIDENT)));
        report.time(
                "participant, count + page",
                REPEATS,
                () -> page(new InstanceQuery(null, null, null, null, null, "user-42", null)));
        report.time("business key", REPEATS, () -> page(withBusinessKey("bench-" + someInstance)));
        report.time(
                "instance page (timeline, counts, children)",
                REPEATS,
                () -> explorer.detail(someInstance));
        report.time(
                "statistics dashboard, all, 1 year",
                REPEATS,
                () ->
                        statistics.statistics(
                                new StatisticsFilter(null, null, today.minusYears(1), today)));
        report.time(
                "statistics dashboard, one co-op, 90 days",
                REPEATS,
                () ->
                        statistics.statistics(
                                new StatisticsFilter(
                                        null, coopIds[0], today.minusDays(90), today)));
        report.time(
                "export one trail (CSV)",
                REPEATS,
                () -> written(export.trail(someInstance, AuditExport.Format.CSV)));
        report.once(
                "export 10,000 chain rows (JSON)",
                () -> written(export.segment(1, -1, 10_000, AuditExport.Format.JSON)));
        report.once(
                "export a co-op's instances (CSV)",
                () ->
                        written(
                                export.instances(
                                        new InstanceQuery(
                                                null,
                                                coopIds[1],
                                                null,
                                                today.minusDays(60),
                                                today,
                                                null,
                                                null),
                                        AuditExport.Format.CSV)));
        t0 = System.nanoTime();
        ChainReport chain = audit.verifyAll();
        double verifySeconds = BenchReport.secondsSince(t0);
        line(
                "verify the whole chain (intact: " + chain.intact() + ")",
                chain.rowsChecked(),
                verifySeconds,
                chain.rowsChecked() / verifySeconds);

        report.write();
    }

    /**
     * Instances of 20 rows each over the last year: 85 % completed, 10 % running, 5 % running with
     * an incident.
     */
    private long seed(long[] coopIds, Instant end) throws Exception {
        long position = 0;
        String chain = null;
        long written = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(AuditTrailFixture.INSERT)) {
            c.setAutoCommit(false);
            LocalDateTime exported = LocalDateTime.now(ZoneOffset.UTC);
            for (int i = 0; i < INSTANCES; i++) {
                long key = key(i);
                String process = PROCESSES.get(i % PROCESSES.size());
                Instant start =
                        end.minus(365L * 24 * 3600 * (i + 1) / INSTANCES, ChronoUnit.SECONDS);
                int kind = i % 20;
                List<AuditChain.Row> rows =
                        instance(key, process, coopIds[i % 2], start, kind, position, i);
                for (AuditChain.Row r : rows) {
                    String hash = AuditChain.hash(chain, r);
                    Object[] values = AuditTrailFixture.columns(r, exported, chain, hash);
                    for (int v = 0; v < values.length; v++) {
                        insert.setObject(v + 1, values[v]);
                    }
                    insert.addBatch();
                    chain = hash;
                    position++;
                    if (++written % 1_000 == 0) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
            }
            insert.executeBatch();
            c.commit();
        }
        return written;
    }

    private static List<AuditChain.Row> instance(
            long key, String process, long coopId, Instant start, int kind, long position, int i) {
        List<AuditChain.Row> rows = new ArrayList<>();
        long[] p = {position};
        BiConsumer<Object[], String> add =
                (a, value) -> {
                    long pos = p[0]++;
                    rows.add(
                            new AuditChain.Row(
                                    1,
                                    pos,
                                    (Long) a[0],
                                    "EVENT",
                                    (String) a[1],
                                    (String) a[2],
                                    (Instant) a[3],
                                    key,
                                    process,
                                    (String) a[4],
                                    (String) a[5],
                                    (String) a[6],
                                    "{\"partitionId\":1,\"value\":"
                                            + value
                                            + ",\"key\":"
                                            + a[0]
                                            + ",\"position\":"
                                            + pos
                                            + "}"));
                };
        String head =
                "{\"version\":1,\"processDefinitionKey\":"
                        + (PROCESSES.indexOf(process) + 1)
                        + ",\"parentProcessInstanceKey\":-1,\"bpmnProcessId\":\""
                        + process
                        + "\"}";
        add.accept(
                new Object[] {
                    key, "PROCESS_INSTANCE", "ELEMENT_ACTIVATING", start, process, "PROCESS", null
                },
                head);
        add.accept(
                new Object[] {key + 1, "VARIABLE", "CREATED", start, null, null, null},
                "{\"name\":\"coopId\",\"value\":\""
                        + coopId
                        + "\",\"scopeKey\":"
                        + key
                        + ",\"processInstanceKey\":"
                        + key
                        + "}");
        add.accept(
                new Object[] {key + 2, "VARIABLE", "CREATED", start, null, null, null},
                "{\"name\":\"businessKey\",\"value\":\"\\\"bench-"
                        + key
                        + "\\\"\",\"scopeKey\":"
                        + key
                        + ",\"processInstanceKey\":"
                        + key
                        + "}");
        add.accept(
                new Object[] {
                    key, "PROCESS_INSTANCE", "ELEMENT_ACTIVATED", start, process, "PROCESS", null
                },
                head);
        Instant at = start;
        int steps = kind < 3 ? 2 : 3; // running ones stop before their third step
        for (int s = 0; s < 3; s++) {
            long element = key + 10 + s;
            String id = "Step" + s + "Task";
            // every step starts and creates its job
            for (String intent : List.of("ELEMENT_ACTIVATING", "ELEMENT_ACTIVATED")) {
                add.accept(
                        new Object[] {
                            element, "PROCESS_INSTANCE", intent, at, id, "SERVICE_TASK", null
                        },
                        "{}");
            }
            add.accept(
                    new Object[] {element + 100, "JOB", "CREATED", at, id, null, null},
                    "{\"type\":\"bench\",\"elementInstanceKey\":" + element + "}");
            if (s >= steps) {
                // the running third step: its job waiting
                if (kind == 0) {
                    add.accept(
                            new Object[] {element + 200, "INCIDENT", "CREATED", at, id, null, null},
                            "{\"errorType\":\"JOB_NO_RETRIES\",\"errorMessage\":\"bench\"}");
                } else {
                    add.accept(
                            new Object[] {element + 300, "TIMER", "CREATED", at, id, null, null},
                            "{\"dueDate\":0}");
                }
                for (int v = 0; v < 2; v++) {
                    add.accept(
                            new Object[] {
                                element + 400 + v, "VARIABLE", "CREATED", at, null, null, null
                            },
                            "{\"name\":\"note"
                                    + v
                                    + "\",\"value\":\"1\",\"scopeKey\":"
                                    + element
                                    + ",\"processInstanceKey\":"
                                    + key
                                    + "}");
                }
                break;
            }
            Instant done = at.plusSeconds(60L * (5 + (i * 7 + s * 13) % 600));
            add.accept(
                    new Object[] {
                        element + 100, "JOB", "COMPLETED", done, id, null, "user-" + (i + s) % 500
                    },
                    "{\"type\":\"bench\",\"elementInstanceKey\":" + element + "}");
            add.accept(
                    new Object[] {
                        element,
                        "PROCESS_INSTANCE",
                        "ELEMENT_COMPLETED",
                        done,
                        id,
                        "SERVICE_TASK",
                        null
                    },
                    "{}");
            at = done;
        }
        if (steps == 3) {
            add.accept(
                    new Object[] {
                        key, "PROCESS_INSTANCE", "ELEMENT_COMPLETED", at, process, "PROCESS", null
                    },
                    head);
        }
        return rows;
    }

    private static long key(int i) {
        return 4_503_599_627_370_496L + 1_000L * i;
    }

    private Object page(InstanceQuery q) {
        explorer.count(q);
        return explorer.search(q, 0, 50);
    }

    private static int written(AuditExport.ExportFile file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            file.body().writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    private void line(String what, long count, double secs, double perSecond) {
        report.row(
                what,
                BenchReport.s(secs),
                "",
                String.format(Locale.ROOT, "%,d rows, %,.0f rows/s", count, perSecond));
    }

    private static InstanceQuery inState(InstanceState state) {
        return new InstanceQuery(null, null, state, null, null, null, null);
    }

    private static InstanceQuery withBusinessKey(String businessKey) {
        return new InstanceQuery(null, null, null, null, null, null, businessKey);
    }
}
