package org.sangsaeng.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.ProcessInstances;
import org.sangsaeng.SangsaengApplication;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.db.FreePorts;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.oversight.AuditTrailService;
import org.sangsaeng.oversight.ChainReport;
import org.sangsaeng.purchase.BillDetails;
import org.sangsaeng.purchase.BillService;
import org.sangsaeng.purchase.FlourPurchase;
import org.sangsaeng.purchase.ProposalService;
import org.sangsaeng.purchase.PurchaseService;
import org.sangsaeng.purchase.Stage;
import org.sangsaeng.shared.DatabaseConnection;
import org.sangsaeng.tasks.MyTaskList;
import org.sangsaeng.tasks.TaskDetails;
import org.sangsaeng.tasks.TaskFilter;
import org.sangsaeng.tasks.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On the embedded default (the managed broker and the managed MariaDB, as {@code ./sangsaeng run}
 * starts them, in a folder under target/): two purchases half-way (one with every vote cast and
 * pledges open, one with half its votes), a backup, more votes and pledges after it, then the
 * backup restored into a new data folder and the app started on it, with a broker and a managed
 * MariaDB of its own. The restored app is where the backup stood (the later votes are gone, the
 * earlier ones counted once), the purchases go on to their end, and the audit chain verifies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class BackupRestoreBrokerIntegrationTests {

    static final Duration WAIT = Duration.ofMinutes(3);

    /**
     * The app backed up: the embedded default (managed broker and managed MariaDB) in a folder of
     * its own.
     */
    static final Path HOME = newHome("backed-up-");

    @DynamicPropertySource
    static void system(DynamicPropertyRegistry registry) {
        embeddedDefault(HOME).forEach((name, value) -> registry.add(name, () -> value));
    }

    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired PurchaseService purchases;
    @Autowired ProposalService proposals;
    @Autowired TaskInbox inbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired BackupService backups;
    @Autowired DatabaseConnection database;

    @AutoClose ConfigurableApplicationContext restored;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void aRestoredBackupGoesOnFromWhereTheBackupStoodWithEveryBallotCountedOnce() throws Exception {
        Fixtures f = Fixtures.create(accounts, coops);
        FlourPurchase flour = FlourPurchase.prepare(accounts, coops, f, 2);
        List<String> members = flour.members();
        long pledging = flour.propose(proposals, "설 대비 밀가루 공동구매");
        members.forEach(m -> complete(inbox, m, "member-vote", Map.of("choice", "YES")));
        awaitStage(purchases, f.leader(), pledging, Stage.ORDERING);
        long line = purchases.get(pledging).lines().getFirst().id();
        for (String m : members.subList(0, 2)) {
            complete(inbox, m, "purchase-pledge", pledge(line));
        }
        long voting = flour.propose(proposals, "추석 밀가루 공동구매");
        for (String m : members.subList(0, 2)) {
            complete(inbox, m, "member-vote", Map.of("choice", "YES"));
        }
        assertThat(ballots(jdbc, voting)).isEqualTo(2);

        // The dump reads every table in its own transaction only if every table is InnoDB.
        assertThat(
                        jdbc.queryForList(
                                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                                        + " AND table_type = 'BASE TABLE' AND engine <> 'InnoDB'",
                                String.class))
                .isEmpty();

        // The dump is held at one table, locked by the test, so that it is still running after the
        // pause.
        BackupService.Result backup;
        try (Connection locker = owner();
                Statement lock = locker.createStatement();
                Connection watcher = owner()) {
            lock.execute("LOCK TABLES DATABASECHANGELOGLOCK WRITE");

            // Two backups asked for at once: one is made, the other refused while it runs.
            ExecutorService two = Executors.newFixedThreadPool(2);
            List<Future<BackupService.Result>> both =
                    List.of(two.submit(backups::create), two.submit(backups::create));
            two.shutdown();
            // Waiting at the lock, the dump reads rows: its snapshot has begun, inside the pause.
            await().atMost(WAIT).until(() -> dumpWaitsForTheLock(watcher));

            // During the dump, after the pause: the rest of the votes, in the running app only.
            // Had the pause lasted as long as the dump, they would wait at the gate until it gave
            // up.
            for (String m : members.subList(2, members.size())) {
                complete(inbox, m, "member-vote", Map.of("choice", "YES"));
            }
            assertThat(ballots(jdbc, voting)).isEqualTo(members.size());
            assertThat(both)
                    .filteredOn(attempt -> !attempt.isDone())
                    .as("the backup is still dumping")
                    .hasSize(1);
            lock.execute("UNLOCK TABLES");

            List<BackupService.Result> made = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (Future<BackupService.Result> attempt : both) {
                try {
                    made.add(attempt.get());
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(BackupRefused.class);
                    refused.add(e.getCause().getMessage());
                }
            }
            assertThat(made).hasSize(1);
            assertThat(refused).singleElement().asString().startsWith("Another backup is running");
            backup = made.getFirst();
        }
        System.out.printf(
                "FIGURE backup: %,d bytes, %d ms in all, the app paused for %d ms (%s), the dump took %d ms"
                        + " (%s)%n",
                backup.sizeBytes(),
                backup.totalMillis(),
                backup.pauseMillis(),
                backup.pause(),
                backup.dumpMillis(),
                backup.archive().getFileName());
        assertThat(backup.manifest().zeebeVersion()).isNotBlank();
        assertThat(backup.manifest().entries())
                .extracting(BackupManifest.Entry::name)
                .contains(BackupManifest.DATABASE, "zeebe/audit-signing.key")
                .anyMatch(
                        n ->
                                n.startsWith("zeebe/data/raft-partition/partitions/1/snapshots/")
                                        || n.endsWith(".log"))
                .noneMatch(
                        n ->
                                n.contains("/runtime/")
                                        || n.endsWith(".processorPaused")
                                        || n.endsWith(".sql.log"));
        assertThat(backup.manifest().auditPositions()).isNotEmpty();

        // After the backup: one more pledge, in the running app only.
        complete(inbox, members.get(2), "purchase-pledge", pledge(line));

        // Restored into a new, empty data folder, and the app started on it.
        Path home = newHome("restored-");
        Path data = home.resolve("data");
        String zeebeVersion =
                ZeebeDistribution.version(projectRoot().resolve("engine/target/broker/zeebe"));
        long restoreStarted = System.nanoTime();
        Restore.Result result = Restore.restore(backup.archive(), data, zeebeVersion);
        long restoreMillis = (System.nanoTime() - restoreStarted) / 1_000_000;
        // The restored database, before the app and its broker start on it: the manifest names
        // its newest audit rows, and neither the votes cast during the dump nor the pledge after
        // it are in it.
        try (org.sangsaeng.db.ManagedMariaDb db =
                org.sangsaeng.db.ManagedMariaDb.start(
                        data.resolve("mariadb"), FreePorts.one(), "sangsaeng")) {
            JdbcTemplate copy =
                    new JdbcTemplate(
                            new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                                    db.connect(), true));
            Map<Integer, Long> positions = new TreeMap<>();
            copy.query(
                    "SELECT partition_id, MAX(position) FROM audit_record GROUP BY partition_id",
                    (ResultSet r) -> {
                        positions.put(r.getInt(1), r.getLong(2));
                    });
            assertThat(positions).isEqualTo(backup.manifest().auditPositions());
            assertThat(ballots(copy, voting))
                    .as("the ballots of the backup, not those cast during its dump")
                    .isEqualTo(2);
            assertThat(pledges(copy, pledging))
                    .as("the pledges of the backup, not the one after it")
                    .isEqualTo(2);
        }
        long startStarted = System.nanoTime();
        restored = start(home);
        System.out.printf(
                "FIGURE restore: %d ms (archive checked, MariaDB started and loaded); the app on it started"
                        + " in %d ms%n",
                restoreMillis, (System.nanoTime() - startStarted) / 1_000_000);
        assertThat(result.dataDir()).isEqualTo(data);

        PurchaseService purchasesThen = restored.getBean(PurchaseService.class);
        BillService billingThen = restored.getBean(BillService.class);
        TaskInbox inboxThen = restored.getBean(TaskInbox.class);
        JdbcTemplate jdbcThen = restored.getBean(JdbcTemplate.class);
        assertThat(ballots(jdbcThen, voting))
                .as("the ballots of the backup, not the later ones")
                .isEqualTo(2);
        assertThat(pledges(jdbcThen, pledging)).as("the pledges of the backup").isEqualTo(2);
        Fixtures.signIn(f.leader());
        assertThat(purchasesThen.get(voting).stage()).isEqualTo(Stage.VOTING);
        assertThat(purchasesThen.get(pledging).stage()).isEqualTo(Stage.ORDERING);
        // Who voted before the backup has no vote left to cast; the others have theirs again.
        for (String m : members.subList(0, 2)) {
            Fixtures.signIn(m);
            assertThat(inboxThen.myTasks(TaskFilter.none(), 0, 100))
                    .extracting(TaskDetails::formKey)
                    .doesNotContain("member-vote");
        }

        // The vote goes on: the other members vote again, each ballot counts once, and the purchase
        // orders.
        for (String m : members.subList(2, members.size())) {
            complete(inboxThen, m, "member-vote", Map.of("choice", "YES"));
        }
        awaitStage(purchasesThen, f.leader(), voting, Stage.ORDERING);
        assertThat(ballots(jdbcThen, voting)).isEqualTo(members.size());
        assertThat(
                        jdbcThen.queryForList(
                                """
                SELECT b.user_id FROM vote_ballot b JOIN vote v ON v.id = b.vote_id
                 WHERE v.subject_key = ? GROUP BY b.user_id HAVING COUNT(*) > 1""",
                                Long.class,
                                "group-purchase-" + voting))
                .as("nobody counted twice")
                .isEmpty();
        assertThat(
                        jdbcThen.queryForObject(
                                "SELECT yes_count FROM vote WHERE subject_key = ?",
                                Integer.class,
                                "group-purchase-" + voting))
                .isEqualTo(members.size());

        // The other purchase goes on from its open pledges to the end.
        for (String m : members.subList(2, members.size())) {
            complete(inboxThen, m, "purchase-pledge", pledge(line));
        }
        awaitStage(purchasesThen, f.leader(), pledging, Stage.AWAITING_SUPPLIER);
        complete(
                inboxThen,
                flour.supplier(),
                "purchase-supplier-answer",
                Map.of("answer", "CONFIRM"));
        awaitStage(purchasesThen, f.leader(), pledging, Stage.SETTLING);
        Fixtures.signIn(f.leader());
        await().pollInSameThread()
                .atMost(WAIT)
                .until(() -> billingThen.bills(pledging).size() == members.size());
        List<BillDetails> bills = billingThen.bills(pledging);
        members.forEach(m -> complete(inboxThen, m, "purchase-payment", Map.of("paid", true)));
        for (BillDetails bill : bills) {
            FlourPurchase.confirmReceipt(inboxThen, f.leader(), bill, WAIT);
        }
        complete(inboxThen, f.leader(), "purchase-delivery", Map.of("delivered", true));
        awaitStage(purchasesThen, f.leader(), pledging, Stage.CLOSED);

        // The exporter of the restored broker went on from its own position: the chain holds, past
        // the backup.
        long instance = ProcessInstances.of(jdbcThen, "purchase", pledging);
        ProcessInstances.awaitCompleted(jdbcThen, instance, "group-purchase", WAIT);
        ChainReport chain = restored.getBean(AuditTrailService.class).verifyAll();
        assertThat(chain.intact()).as("%s", chain).isTrue();
        long newest =
                jdbcThen.queryForObject(
                        "SELECT MAX(position) FROM audit_record WHERE partition_id = 1",
                        Long.class);
        assertThat(newest).isGreaterThan(backup.manifest().auditPositions().get(1));
        assertThat(jdbcThen.queryForObject("SELECT COUNT(*) FROM audit_record", Long.class))
                .isEqualTo(
                        jdbcThen.queryForObject(
                                "SELECT COUNT(DISTINCT partition_id, position) FROM audit_record",
                                Long.class));
    }

    /** The schema owner's connection, which sees every connection in the process list. */
    private Connection owner() throws SQLException {
        return DriverManager.getConnection(
                database.url(), database.ownerUser(), database.ownerPassword());
    }

    /**
     * Whether the backup's dump has reached the locked table: it waits there, in its transaction.
     */
    private static boolean dumpWaitsForTheLock(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "SELECT COUNT(*) FROM"
                                        + " information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID() AND STATE LIKE 'Waiting for table"
                                        + " metadata lock' AND INFO LIKE '%FROM `DATABASECHANGELOGLOCK`%'")) {
            return r.next() && r.getLong(1) > 0;
        }
    }

    /** The app started on {@code home}'s data as {@code ./sangsaeng run} starts it. */
    static ConfigurableApplicationContext start(Path home) {
        Map<String, Object> props = embeddedDefault(home);
        props.put("server.port", 0);
        // As command-line arguments: they win over application.yaml, as environment variables do.
        String[] args =
                props.entrySet().stream()
                        .map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new);
        return new SpringApplicationBuilder(SangsaengApplication.class).run(args);
    }

    /**
     * The settings of {@code ./sangsaeng run} with {@code home} as the project folder: its data in
     * {@code home/data}, free ports, the broker distribution of this build.
     */
    static Map<String, Object> embeddedDefault(Path home) {
        Path root = projectRoot();
        // Taken at once, so that no two are the same.
        List<Integer> ports = FreePorts.take(6);
        Map<String, Object> props = new TreeMap<>();
        props.put("sangsaeng.home", home.toString());
        props.put("sangsaeng.db.url", "");
        props.put("sangsaeng.db.managed-port", ports.get(0));
        props.put("sangsaeng.engine.mode", "managed");
        props.put(
                "sangsaeng.engine.managed.distribution",
                root.resolve("engine/target/broker/zeebe").toString());
        props.put(
                "sangsaeng.engine.managed.exporter-jar",
                root.resolve("engine/target/sangsaeng-audit-exporter.jar").toString());
        props.put(
                "sangsaeng.engine.managed.config",
                root.resolve("engine/config/broker.yaml").toString());
        props.put("sangsaeng.engine.managed.gateway-port", ports.get(1));
        props.put("sangsaeng.engine.managed.command-port", ports.get(2));
        props.put("sangsaeng.engine.managed.internal-port", ports.get(3));
        props.put("sangsaeng.engine.managed.rest-port", ports.get(4));
        props.put("sangsaeng.engine.managed.management-port", ports.get(5));
        props.put("sangsaeng.demo.enabled", false);
        props.put("sangsaeng.notifications.dispatch-interval", "PT1H");
        props.put("sangsaeng.security.sign-in-address-free-tries", 100000);
        return props;
    }

    static Path newHome(String prefix) {
        try {
            return Files.createTempDirectory(
                    Files.createDirectories(Path.of("target").toAbsolutePath()), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path projectRoot() {
        return Path.of(System.getProperty("sangsaeng.project.root", ".."))
                .toAbsolutePath()
                .normalize();
    }

    private static Map<String, Object> pledge(long line) {
        return FlourPurchase.pledge(line, 3);
    }

    private static void complete(
            TaskInbox inbox, String user, String formKey, Map<String, Object> form) {
        MyTaskList.complete(inbox, user, formKey, form, WAIT);
    }

    private static void awaitStage(PurchaseService purchases, String user, long id, Stage stage) {
        FlourPurchase.awaitStage(purchases, user, id, stage, WAIT);
    }

    private static int ballots(JdbcTemplate jdbc, long purchaseId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM vote_ballot b JOIN vote v ON v.id = b.vote_id"
                        + " WHERE v.subject_key = ?",
                Integer.class,
                "group-purchase-" + purchaseId);
    }

    private static int pledges(JdbcTemplate jdbc, long purchaseId) {
        return jdbc.queryForObject(
                "SELECT COUNT(DISTINCT p.member_id) FROM purchase_pledge p"
                        + " JOIN purchase_line l ON l.id = p.line_id WHERE l.purchase_id = ?",
                Integer.class,
                purchaseId);
    }
}
