package org.sangsaeng.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.ProcessInstances;
import org.sangsaeng.bench.BenchReport;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.engine.BrokerAdmin;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.oversight.AuditTrailService;
import org.sangsaeng.oversight.ChainReport;
import org.sangsaeng.purchase.BillDetails;
import org.sangsaeng.purchase.BillService;
import org.sangsaeng.purchase.FlourPurchase;
import org.sangsaeng.purchase.ProposalService;
import org.sangsaeng.purchase.PurchaseDriver;
import org.sangsaeng.purchase.PurchaseService;
import org.sangsaeng.purchase.Stage;
import org.sangsaeng.shared.DatabaseConnection;
import org.sangsaeng.tasks.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Not a test (the test command skips it): a backup and a restore of the embedded default (managed
 * broker and managed MariaDB, as {@code ./sangsaeng run} starts them) holding 10,000 finished group
 * purchases. One purchase of a co-op of five members runs through the real broker from proposal to
 * closed; its rows and its audit trail are then copied with JDBC batches ({@link
 * FinishedPurchases}). Times the backup ({@link BackupService}: zip size, total, the pause), the
 * restore into a new folder, the app's start on it, and the chain check there, and checks the
 * counts survived.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// The next benchmark must not share the machine with this one's context (and broker).
@DirtiesContext
class BackupBenchmark {

    static final int PURCHASES = Integer.getInteger("bench.purchases", 10_000);
    static final Duration WAIT = Duration.ofMinutes(3);
    static final Path HOME = BackupRestoreBrokerIntegrationTests.newHome("bench-backed-up-");

    @DynamicPropertySource
    static void system(DynamicPropertyRegistry registry) {
        BackupRestoreBrokerIntegrationTests.embeddedDefault(HOME)
                .forEach((name, value) -> registry.add(name, () -> value));
    }

    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired PurchaseService purchases;
    @Autowired ProposalService proposals;
    @Autowired BillService billing;
    @Autowired TaskInbox inbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired BackupService backups;
    @Autowired BrokerAdmin broker;
    @Autowired DatabaseConnection database;

    PurchaseDriver drive;

    @BeforeEach
    void driveThroughTaskLists() {
        drive = new PurchaseDriver(inbox, purchases, WAIT);
    }

    @AutoClose ConfigurableApplicationContext restored;

    @Test
    void backupAndRestoreOfTenThousandFinishedPurchases() throws Exception {
        BenchReport report =
                new BenchReport(
                        String.format(
                                Locale.ROOT,
                                "Backup and restore of the embedded default with %,d finished purchases",
                                PURCHASES),
                        BackupBenchmark.class,
                        "step",
                        "time",
                        "notes");

        String loadAtStart = BenchReport.loadAverage();

        // One purchase of five members through the real broker, from proposal to closed: the
        // template.
        Fixtures f = Fixtures.create(accounts, coops);
        FlourPurchase flour = FlourPurchase.prepare(accounts, coops, f, 3);
        Map<String, Long> before = tableCounts();
        long notificationsBefore = maxId("notification");
        long outboxBefore = maxId("outbox_message");
        long t0 = System.nanoTime();
        long purchaseId = closedPurchase(flour, f);
        double realSeconds = BenchReport.secondsSince(t0);

        Map<String, Long> left;
        FinishedPurchases.Template template;
        FinishedPurchases.Written written;
        double writeSeconds;
        try (Connection c = owner()) {
            long templateEnd =
                    jdbc.queryForObject(
                            "SELECT MAX(position) FROM audit_record WHERE partition_id = 1",
                            Long.class);
            await().atMost(WAIT)
                    .until(
                            () ->
                                    jdbc.queryForObject(
                                                    "SELECT position FROM oversight_checkpoint WHERE partition_id = 1",
                                                    Long.class)
                                            >= templateEnd);
            left = added(before, tableCounts());
            template = FinishedPurchases.read(c, purchaseId, notificationsBefore, outboxBefore);
            figure(
                    report,
                    "one purchase of "
                            + flour.members().size()
                            + " members through the broker, proposal to closed",
                    BenchReport.s(realSeconds),
                    "the template: "
                            + template.domainRows()
                            + " rows in the purchase's tables, "
                            + template.audit().size()
                            + " audit rows");
            t0 = System.nanoTime();
            written =
                    FinishedPurchases.write(
                            this::owner,
                            template,
                            PURCHASES,
                            Instant.now().minus(Duration.ofDays(1)),
                            broker.home().resolve("audit-signing.key"));
            writeSeconds = BenchReport.secondsSince(t0);
        }
        figure(
                report,
                String.format(
                        Locale.ROOT,
                        "write %,d copies of it (JDBC batches on 2 connections, audit rows hash-chained)",
                        PURCHASES),
                BenchReport.s(writeSeconds),
                String.format(
                        Locale.ROOT,
                        "%,d rows in the purchase's tables, %,d audit rows," + " %,.0f rows/s",
                        written.domainRows(),
                        written.auditRows(),
                        (written.domainRows() + written.auditRows()) / writeSeconds));

        Map<String, Long> counts = counts(jdbc);
        long databaseBytes = bytesUnder(HOME.resolve("data/mariadb/data"));

        String loadBeforeBackup = BenchReport.loadAverage();
        BackupService.Result backup = backups.create();
        long dumpBytes =
                backup.manifest().entries().stream()
                        .filter(e -> e.name().equals(BackupManifest.DATABASE))
                        .mapToLong(BackupManifest.Entry::size)
                        .sum();
        long brokerBytes =
                backup.manifest().entries().stream()
                        .filter(e -> e.name().startsWith(BackupManifest.BROKER))
                        .mapToLong(BackupManifest.Entry::size)
                        .sum();
        figure(
                report,
                "backup (`BackupService.create`, as `./sangsaeng backup`)",
                BenchReport.s(backup.totalMillis() / 1e3),
                String.format(
                        Locale.ROOT,
                        "zip %s (database.sql %s, broker folder %s); MariaDB's data folder %s",
                        mib(backup.sizeBytes()),
                        mib(dumpBytes),
                        mib(brokerBytes),
                        mib(databaseBytes)));
        BackupService.Pause pause = backup.pause();
        figure(
                report,
                "of which the pause (commands and workers held, broker paused, its data copied, the dump's"
                        + " snapshot begun)",
                BenchReport.s(backup.pauseMillis() / 1e3),
                String.format(
                        Locale.ROOT,
                        "%d ms for writes under way, %d ms for the exporter to settle, %d ms to copy"
                                + " the broker's data, %d ms from the dump's start until its snapshot had begun",
                        pause.drainMillis(),
                        pause.exporterMillis(),
                        pause.brokerCopyMillis(),
                        pause.snapshotMillis()));
        figure(
                report,
                "of which the database dump (begun in the pause, going on after it)",
                BenchReport.s(backup.dumpMillis() / 1e3),
                "`mariadb-dump --single-transaction`");
        String positionsPlan =
                jdbc.queryForList(
                                "EXPLAIN SELECT MAX(position) FROM audit_record WHERE partition_id = ?",
                                FinishedPurchases.COPIED_PARTITION)
                        .toString();

        Path home = BackupRestoreBrokerIntegrationTests.newHome("bench-restored-");
        String zeebeVersion =
                ZeebeDistribution.version(
                        BackupRestoreBrokerIntegrationTests.projectRoot()
                                .resolve("engine/target/broker/zeebe"));
        t0 = System.nanoTime();
        Restore.restore(backup.archive(), home.resolve("data"), zeebeVersion);
        figure(
                report,
                "restore into a new folder (`Restore.restore`, as `./sangsaeng restore`)",
                BenchReport.s(BenchReport.secondsSince(t0)),
                "archive checked, MariaDB started, the dump loaded, stopped");
        t0 = System.nanoTime();
        restored = BackupRestoreBrokerIntegrationTests.start(home);
        figure(
                report,
                "the app started on the restored folder, until ready",
                BenchReport.s(BenchReport.secondsSince(t0)),
                "its own managed MariaDB and broker on the restored data");

        JdbcTemplate jdbcThen = restored.getBean(JdbcTemplate.class);
        Map<String, Long> countsThen = counts(jdbcThen);
        t0 = System.nanoTime();
        ChainReport chain = restored.getBean(AuditTrailService.class).verifyAll();
        figure(
                report,
                "verify the restored audit chain (intact: " + chain.intact() + ")",
                BenchReport.s(BenchReport.secondsSince(t0)),
                String.format(Locale.ROOT, "%,d rows checked", chain.rowsChecked()));

        report.note(
                "Load average at the start: "
                        + loadAtStart
                        + "; before the backup: "
                        + loadBeforeBackup
                        + "; at the end: in the line above.");
        report.note(
                String.format(
                        Locale.ROOT,
                        "Counts before the backup and after the restore: %s; %s.",
                        counts,
                        countsThen));
        report.note(
                "The audit positions of the manifest are read after the pause, in a snapshot begun during it, one look"
                        + " into the primary key per partition (EXPLAIN: "
                        + positionsPlan
                        + ").");
        report.note(
                "The template: a flour purchase of a co-op of "
                        + flour.members().size()
                        + " members (FlourPurchase:"
                        + " one line, everyone votes yes and pledges 2 sacks, the supplier confirms, each pays, the leader confirms"
                        + " each payment and the delivery). Rows it left, by table: "
                        + left
                        + ".");
        report.note(
                "The copies: its rows in "
                        + String.join(", ", FinishedPurchases.TABLES)
                        + " written again with new"
                        + " ids (the explorer's projection of its trail too, so the app's indexer has nothing to do), in the same"
                        + " co-op, by the same members, spread over the year before; every audit row the broker"
                        + " exported between its start and its end, renumbered into partition 2 (a partition the one-partition"
                        + " broker does not have), with engine keys of that partition, hash-chained as the exporter chains and"
                        + " its head signed with the exporter's key, so the chain check covers them. A variable whose value is"
                        + " the purchase's id as a bare number still names the template's. The broker's own folder is that of a"
                        + " broker that ran one purchase: the copies exist only in the database (a broker that had run 10,000 would have compacted"
                        + " its log after its snapshots).");
        report.write();

        assertThat(chain.intact()).as("%s", chain).isTrue();
        assertThat(countsThen.get("closed purchases")).isEqualTo(counts.get("closed purchases"));
        assertThat(countsThen.get("bills")).isEqualTo(counts.get("bills"));
        assertThat(countsThen.get("copied audit rows")).isEqualTo(counts.get("copied audit rows"));
        assertThat(countsThen.get("audit rows")).isGreaterThanOrEqualTo(counts.get("audit rows"));
        assertThat(counts.get("closed purchases")).isEqualTo(PURCHASES + 1);

        restored.close();
        restored = null;
        BackupService.deleteRecursively(home);
        Files.deleteIfExists(backup.archive());
    }

    /**
     * Proposal, five yes votes, pledges, the supplier's confirmation, payments and their receipts,
     * delivery.
     */
    private long closedPurchase(FlourPurchase flour, Fixtures f) {
        List<String> members = flour.members();
        long id = flour.propose(proposals, "밀가루 공동구매");
        members.forEach(m -> drive.complete(m, "member-vote", Map.of("choice", "YES")));
        drive.awaitStage(f.leader(), id, Stage.ORDERING);
        long line = purchases.get(id).lines().getFirst().id();
        members.forEach(m -> drive.complete(m, "purchase-pledge", FlourPurchase.pledge(line, 2)));
        drive.awaitStage(f.leader(), id, Stage.AWAITING_SUPPLIER);
        drive.complete(flour.supplier(), "purchase-supplier-answer", Map.of("answer", "CONFIRM"));
        drive.awaitStage(f.leader(), id, Stage.SETTLING);
        await().pollInSameThread()
                .atMost(WAIT)
                .until(() -> billing.bills(id).size() == members.size());
        List<BillDetails> bills = billing.bills(id);
        members.forEach(m -> drive.complete(m, "purchase-payment", Map.of("paid", true)));
        for (BillDetails bill : bills) {
            FlourPurchase.confirmReceipt(inbox, f.leader(), bill, WAIT);
        }
        drive.complete(f.leader(), "purchase-delivery", Map.of("delivered", true));
        drive.awaitStage(f.leader(), id, Stage.CLOSED);
        long instance = ProcessInstances.of(jdbc, "purchase", id);
        ProcessInstances.awaitCompleted(jdbc, instance, "group-purchase", WAIT);
        return id;
    }

    private static Map<String, Long> counts(JdbcTemplate db) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(
                "closed purchases",
                db.queryForObject(
                        "SELECT COUNT(*) FROM purchase WHERE stage = 'CLOSED'", Long.class));
        counts.put("bills", db.queryForObject("SELECT COUNT(*) FROM purchase_bill", Long.class));
        counts.put("ballots", db.queryForObject("SELECT COUNT(*) FROM vote_ballot", Long.class));
        counts.put("tasks", db.queryForObject("SELECT COUNT(*) FROM task", Long.class));
        counts.put(
                "audit rows", db.queryForObject("SELECT COUNT(*) FROM audit_record", Long.class));
        counts.put(
                "copied audit rows",
                db.queryForObject(
                        "SELECT COUNT(*) FROM audit_record WHERE partition_id = ?",
                        Long.class,
                        FinishedPurchases.COPIED_PARTITION));
        return counts;
    }

    private Map<String, Long> tableCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table :
                jdbc.queryForList(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema ="
                                + " DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name",
                        String.class)) {
            counts.put(
                    table, jdbc.queryForObject("SELECT COUNT(*) FROM `" + table + "`", Long.class));
        }
        return counts;
    }

    private static Map<String, Long> added(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> added = new LinkedHashMap<>();
        after.forEach(
                (table, n) -> {
                    if (n > before.getOrDefault(table, 0L)) {
                        added.put(table, n - before.getOrDefault(table, 0L));
                    }
                });
        return added;
    }

    private long maxId(String table) {
        return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class);
    }

    /** The schema owner's connection: the app's user may not write audit rows. */
    private Connection owner() throws SQLException {
        return DriverManager.getConnection(
                database.url(), database.ownerUser(), database.ownerPassword());
    }

    private static long bytesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** Adds a row and prints it at once: a run cut short still shows the steps it finished. */
    private static void figure(BenchReport report, String step, String time, String notes) {
        report.row(step, time, notes);
        System.out.println("FIGURE " + step + ": " + time + " (" + notes + ")");
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }
}
