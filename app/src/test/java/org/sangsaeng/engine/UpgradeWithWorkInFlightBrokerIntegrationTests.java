package org.sangsaeng.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.BrokerIntegrationTest;
import org.sangsaeng.Fixtures;
import org.sangsaeng.ProcessInstances;
import org.sangsaeng.db.SchemaMigrator;
import org.sangsaeng.purchase.BillDetails;
import org.sangsaeng.purchase.BillService;
import org.sangsaeng.purchase.FlourPurchase;
import org.sangsaeng.purchase.ProposalService;
import org.sangsaeng.purchase.PurchaseDriver;
import org.sangsaeng.purchase.PurchaseService;
import org.sangsaeng.purchase.Stage;
import org.sangsaeng.tasks.MyTaskList;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An upgrade with work in flight, on the real managed broker and MariaDB: a group purchase started
 * by one release finishes on its own process version after a newer release has taken over, while
 * purchases started after the upgrade run on the newer version.
 *
 * <p>How it mirrors a real release: the <em>previous release</em> is the code and the BPMN of this
 * commit, exactly as they ship (an app node, a JVM of its own, on this class path). The <em>newer
 * release</em> is the same node started on a class path where two artefacts are replaced, as a new
 * jar replaces them: the processes, whose {@code group-purchase.bpmn} gains a step (an {@code
 * OrderClosedEvent} milestone between rounding the packs and the supplier-minimum check), and the
 * changelog, which gains one changeset ({@code upgrade/9999-...yaml}: a column with a default on
 * {@code purchase}). The new BPMN is made from the current file at test time rather than kept as a
 * copy, so this test keeps upgrading from whatever the current release is. The new step sits after
 * the point where the running purchase waits (members pledging): had the running instance been
 * moved to the new version, it would pass through the new step; it must not.
 *
 * <p>The test's own context owns the broker (its data directory stays for both releases) and the
 * database, and runs no job workers: the nodes do every job. The older node is stopped (SIGTERM, a
 * graceful shutdown) before the newer one starts, as a single-node upgrade does.
 */
class UpgradeWithWorkInFlightBrokerIntegrationTests extends BrokerIntegrationTest {

    static final String CHANGESET = "9999-upgrade-test-purchase-pickup-place";
    static final String NEW_STEP = "OrderClosedEvent";

    @DynamicPropertySource
    static void noWorkersOfItsOwn(DynamicPropertyRegistry registry) {
        registry.add("sangsaeng.engine.workers", () -> "false");
        registry.add("sangsaeng.notifications.dispatch-interval", () -> "PT1H");
    }

    @Autowired PurchaseService purchases;
    @Autowired ProposalService proposals;
    @Autowired BillService billing;
    @Autowired Environment env;

    PurchaseDriver drive;

    @BeforeEach
    void driveThroughTaskLists() {
        drive = new PurchaseDriver(inbox, purchases, WAIT);
    }

    final List<Process> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(Process::destroyForcibly);
        Fixtures.signOut();
    }

    @Test
    void aPurchaseRunningDuringTheUpgradeFinishesOnItsOwnVersionWhileNewOnesRunOnTheNewOne()
            throws Exception {
        long t0 = System.nanoTime();
        Path newer = newerRelease();
        Process older =
                startNode(
                        "older",
                        List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        long olderUp = System.nanoTime();

        // The older release: a purchase is voted through and two of its three members pledge.
        Fixtures f = Fixtures.create(accounts, coops);
        FlourPurchase flour = FlourPurchase.prepare(accounts, coops, f, 1);
        long running = flour.propose(proposals, "업그레이드 전 밀가루 공동구매");
        flour.members().forEach(m -> drive.complete(m, "member-vote", Map.of("choice", "YES")));
        drive.awaitStage(f.leader(), running, Stage.ORDERING);
        long line = purchases.get(running).lines().getFirst().id();
        Map<String, Object> pledge = FlourPurchase.pledge(line, 4);
        for (String m : flour.members().subList(0, 2)) {
            drive.complete(m, "purchase-pledge", pledge);
        }
        String last = flour.members().get(2);
        MyTaskList.awaitTask(inbox, last, "purchase-pledge", WAIT);
        await().atMost(WAIT).until(() -> pledgesOf(running).size() == 2);
        long runningInstance = instanceOf(running);
        Version before =
                await().atMost(WAIT)
                        .until(() -> versionsOf(runningInstance), v -> v.size() == 1)
                        .getFirst();
        List<Map<String, Object>> pledgesBefore = pledgesOf(running);
        long halfWay = System.nanoTime();
        System.out.printf(
                "FIGURE upgrade: older node up %d ms, its purchase half-way %d ms later%n",
                (olderUp - t0) / 1_000_000, (halfWay - olderUp) / 1_000_000);

        // The upgrade: the older node stops, the newer one starts on the same broker data and
        // database.
        older.destroy();
        assertThat(older.waitFor(2, TimeUnit.MINUTES))
                .as("the older node stops on SIGTERM")
                .isTrue();
        long stopped = System.nanoTime();
        startNode("newer", newerClassPath(newer));
        long newerUp = System.nanoTime();
        System.out.printf(
                "FIGURE upgrade: older node stopped in %d ms, newer node up (changeset applied, BPMN"
                        + " deployed) %d ms later%n",
                (stopped - halfWay) / 1_000_000, (newerUp - stopped) / 1_000_000);

        assertThat(changesetRuns())
                .as("the newer release's changeset ran once, at its start")
                .isOne();
        assertThat(
                        jdbc.queryForObject(
                                "SELECT pickup_place FROM purchase WHERE id = ?",
                                String.class,
                                running))
                .as("the running purchase's row got the new column's default")
                .isEqualTo("조합 사무실");
        assertThat(pledgesOf(running))
                .as("the pledges made before the upgrade")
                .isEqualTo(pledgesBefore);

        // The running purchase goes on where it stood, its last member's pledge task made by the
        // older node.
        drive.complete(last, "purchase-pledge", pledge);
        drive.awaitStage(f.leader(), running, Stage.AWAITING_SUPPLIER);
        drive.complete(flour.supplier(), "purchase-supplier-answer", Map.of("answer", "CONFIRM"));
        drive.awaitStage(f.leader(), running, Stage.SETTLING);
        Fixtures.signIn(f.leader());
        await().pollInSameThread().atMost(WAIT).until(() -> billing.bills(running).size() == 3);
        List<BillDetails> bills = billing.bills(running);
        flour.members().forEach(m -> drive.complete(m, "purchase-payment", Map.of("paid", true)));
        for (BillDetails bill : bills) {
            drive.confirmReceipt(f.leader(), bill);
        }
        drive.complete(f.leader(), "purchase-delivery", Map.of("delivered", true));
        drive.awaitStage(f.leader(), running, Stage.CLOSED);
        await().atMost(WAIT).until(() -> completed(runningInstance, "group-purchase"));
        long runningClosed = System.nanoTime();
        System.out.printf(
                "FIGURE upgrade: the running purchase closed %d ms after the newer node was up%n",
                (runningClosed - newerUp) / 1_000_000);

        assertThat(versionsOf(runningInstance))
                .as("the running purchase stayed on the version it started on")
                .containsExactly(before);
        assertThat(completedElements(runningInstance))
                .as("and took the older version's path to its end")
                .contains(
                        "PledgeTask",
                        "CloseOrderTask",
                        "SupplierAnswerTask",
                        "SplitCostsTask",
                        "ConfirmDeliveryTask",
                        "PurchaseClosedEndEvent")
                .doesNotContain(NEW_STEP);
        assertThat(pledgesOf(running)).hasSize(3).containsAll(pledgesBefore);
        assertThat(billing.bills(running))
                .as("every member paid in full")
                .hasSize(3)
                .allSatisfy(b -> assertThat(b.paid()).isEqualTo(b.total()));
        assertThat(billing.bills(running).stream().mapToLong(BillDetails::total).sum())
                .as("the goods and the shared costs, to the won")
                .isEqualTo(12 * 31_000L + 12_000 + 6_001);

        // A purchase proposed after the upgrade starts on the newer version and takes the new step.
        Fixtures g = Fixtures.create(accounts, coops);
        FlourPurchase next = FlourPurchase.prepare(accounts, coops, g, 1);
        long fresh = next.propose(proposals, "업그레이드 후 밀가루 공동구매");
        next.members().forEach(m -> drive.complete(m, "member-vote", Map.of("choice", "YES")));
        drive.awaitStage(g.leader(), fresh, Stage.ORDERING);
        long freshLine = purchases.get(fresh).lines().getFirst().id();
        for (String m : next.members()) {
            drive.complete(m, "purchase-pledge", FlourPurchase.pledge(freshLine, 4));
        }
        drive.awaitStage(g.leader(), fresh, Stage.AWAITING_SUPPLIER);
        long freshInstance = instanceOf(fresh);
        await().atMost(WAIT).until(() -> completed(freshInstance, NEW_STEP));
        long freshThrough = System.nanoTime();
        System.out.printf(
                "FIGURE upgrade: a purchase proposed after the upgrade took the new step %d ms later%n",
                (freshThrough - runningClosed) / 1_000_000);
        assertThat(versionsOf(freshInstance))
                .singleElement()
                .satisfies(
                        v -> {
                            assertThat(v.version())
                                    .as("the newer version")
                                    .isEqualTo(before.version() + 1);
                            assertThat(v.definitionKey()).isNotEqualTo(before.definitionKey());
                        });
        assertThat(
                        jdbc.queryForObject(
                                "SELECT pickup_place FROM purchase WHERE id = ?",
                                String.class,
                                fresh))
                .as("a purchase stored by the newer app, which knows nothing of the column either")
                .isEqualTo("조합 사무실");
        assertThat(
                        jdbc.queryForObject(
                                """
                SELECT COUNT(*) FROM audit_record WHERE value_type = 'PROCESS' AND intent = 'CREATED'
                   AND bpmn_process_id = 'group-purchase'""",
                                Integer.class))
                .as(
                        "group-purchase deployed twice in all: one version per release, none on a restart")
                .isEqualTo(2);
        assertThat(
                        jdbc.queryForObject(
                                """
                SELECT COUNT(*) FROM audit_record WHERE value_type = 'PROCESS' AND intent = 'CREATED'
                   AND bpmn_process_id = 'member-vote'""",
                                Integer.class))
                .as("an unchanged process keeps its version")
                .isOne();

        // A second start of the newer release (another node, a restart) applies nothing again.
        migrate(newer.resolve("db"));
        assertThat(changesetRuns()).isOne();
    }

    record Version(long definitionKey, int version) {}

    /** The process definitions the audit trail shows an instance's elements ran on. */
    private List<Version> versionsOf(long instance) {
        return jdbc.query(
                """
                SELECT DISTINCT JSON_VALUE(value_json, '$.value.processDefinitionKey') AS definition_key,
                       JSON_VALUE(value_json, '$.value.version') AS version
                  FROM audit_record WHERE value_type = 'PROCESS_INSTANCE' AND process_instance_key = ?
                   AND bpmn_process_id = 'group-purchase'""",
                (rs, i) -> new Version(rs.getLong("definition_key"), rs.getInt("version")),
                instance);
    }

    private boolean completed(long instance, String element) {
        return completedElements(instance).contains(element);
    }

    private List<Map<String, Object>> pledgesOf(long purchase) {
        return jdbc.queryForList(
                """
                SELECT p.member_id, p.quantity, p.tolerance, p.pledged_at FROM purchase_pledge p JOIN purchase_line l ON l.id = p.line_id
                 WHERE l.purchase_id = ? ORDER BY p.member_id""",
                purchase);
    }

    private long instanceOf(long purchase) {
        return ProcessInstances.of(jdbc, "purchase", purchase);
    }

    private int changesetRuns() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE ID = ?", Integer.class, CHANGESET);
    }

    /**
     * Applies a release's changelog (and only that one) as a starting app node does; the test
     * database's user owns it.
     */
    private void migrate(Path dbRoot) throws Exception {
        try (Connection connection =
                        DriverManager.getConnection(
                                env.getRequiredProperty("sangsaeng.db.url"),
                                env.getRequiredProperty("sangsaeng.db.user"),
                                env.getRequiredProperty("sangsaeng.db.password"));
                Liquibase liquibase =
                        new Liquibase(
                                SchemaMigrator.CHANGELOG,
                                new DirectoryResourceAccessor(dbRoot),
                                DatabaseFactory.getInstance()
                                        .findCorrectDatabaseImplementation(
                                                new JdbcConnection(connection)))) {
            liquibase.setChangeLogParameter(SchemaMigrator.APP_USER, "");
            liquibase.setChangeLogParameter(SchemaMigrator.APP_HOST, "%");
            liquibase.setChangeLogParameter(SchemaMigrator.AUDIT_USER, "");
            liquibase.setChangeLogParameter(SchemaMigrator.AUDIT_HOST, "%");
            liquibase.update();
        }
    }

    // ---- the newer release: this class path with the processes and the changelog replaced

    /**
     * Copies the processes and the changelog of this class path and changes them as the next
     * release does.
     */
    private static Path newerRelease() throws IOException {
        Path root =
                Files.createTempDirectory(
                        Files.createDirectories(Path.of("target").toAbsolutePath()),
                        "newer-release-");
        Path processes =
                copyOut(entryHolding("processes/group-purchase.bpmn"), root.resolve("processes"));
        Path bpmn = processes.resolve("processes/group-purchase.bpmn");
        Files.writeString(bpmn, withOrderClosedMilestone(Files.readString(bpmn)));
        Path db = copyOut(entryHolding(SchemaMigrator.CHANGELOG), root.resolve("db"));
        try (InputStream changeset =
                UpgradeWithWorkInFlightBrokerIntegrationTests.class.getResourceAsStream(
                        "/upgrade/" + CHANGESET + ".yaml")) {
            Files.copy(changeset, db.resolve("db/changelog/changes/" + CHANGESET + ".yaml"));
        }
        return root;
    }

    private static List<String> newerClassPath(Path newer) {
        String processes = entryHolding("processes/group-purchase.bpmn");
        String db = entryHolding(SchemaMigrator.CHANGELOG);
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(
                        e ->
                                e.equals(processes)
                                        ? newer.resolve("processes").toString()
                                        : e.equals(db) ? newer.resolve("db").toString() : e)
                .toList();
    }

    /**
     * The next release's group purchase: a milestone after the packs are rounded, before the
     * minimum is checked.
     */
    static String withOrderClosedMilestone(String bpmn) {
        String flow =
                "<bpmn:sequenceFlow id=\"Flow_ToMinimum\" sourceRef=\"CloseOrderTask\" targetRef=\"MinimumReachedGateway\">"
                        + "</bpmn:sequenceFlow>";
        String gateway =
                "<bpmn:exclusiveGateway id=\"MinimumReachedGateway\" name=\"Supplier minimum reached?\""
                        + " default=\"Flow_MinimumReached\"><bpmn:incoming>Flow_ToMinimum</bpmn:incoming>";
        String changed =
                replaceOnce(
                        bpmn,
                        flow,
                        """
                <bpmn:sequenceFlow id="Flow_ToMinimum" sourceRef="CloseOrderTask" targetRef="%1$s"></bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="Flow_OrderClosedToMinimum" sourceRef="%1$s" targetRef="MinimumReachedGateway"></bpmn:sequenceFlow>"""
                                .formatted(NEW_STEP));
        return replaceOnce(
                changed,
                gateway,
                """
                <bpmn:intermediateThrowEvent id="%s" name="Order closed"><bpmn:incoming>Flow_ToMinimum</bpmn:incoming><bpmn:outgoing>Flow_OrderClosedToMinimum</bpmn:outgoing></bpmn:intermediateThrowEvent>
                %s"""
                        .formatted(
                                NEW_STEP,
                                gateway.replace("Flow_ToMinimum", "Flow_OrderClosedToMinimum")));
    }

    private static String replaceOnce(String text, String old, String replacement) {
        int at = text.indexOf(old);
        assertThat(at).as("group-purchase.bpmn still has %s", old).isNotNegative();
        assertThat(text.indexOf(old, at + 1)).as("and only once").isNegative();
        return text.substring(0, at) + replacement + text.substring(at + old.length());
    }

    /** The class path entry (a module's classes folder or its jar) that holds this resource. */
    private static String entryHolding(String resource) {
        Predicate<String> holds =
                entry -> {
                    Path p = Path.of(entry);
                    if (Files.isDirectory(p)) {
                        return Files.exists(p.resolve(resource));
                    }
                    try (FileSystem jar = FileSystems.newFileSystem(p)) {
                        return Files.exists(jar.getPath(resource));
                    } catch (IOException | RuntimeException e) {
                        return false;
                    }
                };
        List<String> found =
                Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                        .filter(e -> e.endsWith(".jar") || Files.isDirectory(Path.of(e)))
                        .filter(holds)
                        .toList();
        assertThat(found).as("class path entries with %s", resource).hasSize(1);
        return found.getFirst();
    }

    private static Path copyOut(String entry, Path target) throws IOException {
        Path source = Path.of(entry);
        if (Files.isDirectory(source)) {
            copyTree(source, target);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(source)) {
                copyTree(jar.getPath("/"), target);
            }
        }
        return target;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** An app node in a JVM of its own, on this test's broker and database, with its workers. */
    private Process startNode(String name, List<String> classPath) throws IOException {
        Process node = AppNode.start(env, name, String.join(File.pathSeparator, classPath), WAIT);
        nodes.add(node);
        return node;
    }
}
