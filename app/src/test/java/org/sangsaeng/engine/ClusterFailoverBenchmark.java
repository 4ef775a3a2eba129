package org.sangsaeng.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.ProcessInstances;
import org.sangsaeng.TestSystem;
import org.sangsaeng.bench.BenchReport;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.db.TestDatabase;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.oversight.AuditTrailService;
import org.sangsaeng.oversight.ChainReport;
import org.sangsaeng.purchase.BillDetails;
import org.sangsaeng.purchase.BillService;
import org.sangsaeng.purchase.FlourPurchase;
import org.sangsaeng.purchase.ProposalService;
import org.sangsaeng.purchase.PurchaseService;
import org.sangsaeng.purchase.Stage;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.ServiceUnavailableException;
import org.sangsaeng.tasks.MyTaskList;
import org.sangsaeng.tasks.TaskDetails;
import org.sangsaeng.tasks.TaskFilter;
import org.sangsaeng.tasks.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Fault on a real cluster, not in the test command (it takes several minutes): three Zeebe brokers
 * and a standalone gateway as processes of their own ({@link LocalCluster}: 3 partitions,
 * replication factor 3, the compose {@code cluster} profile's settings) and the app on the gateway.
 * The 200 members of a co-op vote on a group purchase at once through the task inbox; when 30 % of
 * the ballots are in, the broker leading the purchase's partition is killed with SIGKILL. Members
 * whose vote meets the election are told to try again (503) and do; then the purchase runs on to
 * closed on the two brokers left. Prints the failover time; asserts every ballot stored once, the
 * vote closed with every member counted once, the purchase closed and the audit trail intact. Run:
 * {@code ./sangsaeng cluster-test}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ClusterFailoverBenchmark {

    static final int MEMBERS = Integer.getInteger("bench.cluster.members", 200);
    static final int VOTERS_AT_ONCE = 16;
    static final Duration WAIT = Duration.ofMinutes(5);

    static LocalCluster cluster;

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) throws IOException, InterruptedException {
        // The schema first: the exporters write to it as soon as the brokers are up.
        TestDatabase.Database db = TestDatabase.newMigratedDatabase("cluster");
        TestSystem.database(registry, db);
        Path folder =
                Files.createTempDirectory(
                        Files.createDirectories(Path.of("target").toAbsolutePath()), "cluster-");
        cluster =
                LocalCluster.start(
                        folder,
                        new ManagedBroker.ExporterDatabase(db.url(), db.user(), db.password()),
                        WAIT);
        registry.add("sangsaeng.engine.mode", () -> "remote");
        registry.add("sangsaeng.engine.grpc-address", cluster::grpcAddress);
        registry.add("sangsaeng.engine.rest-address", cluster::restAddress);
        registry.add("sangsaeng.audit.public-key-file", () -> cluster.publicKeyFile().toString());
        registry.add("sangsaeng.demo.enabled", () -> "false");
        registry.add("sangsaeng.notifications.dispatch-interval", () -> "PT1H");
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired ProposalService proposals;
    @Autowired PurchaseService purchases;
    @Autowired BillService billing;
    @Autowired TaskInbox inbox;
    @Autowired AuditTrailService audit;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    /**
     * A member's vote as it went: refused while the partition had no leader, then accepted; or
     * lost: the engine took the completion but the app did not hear it, rolled the ballot back and,
     * on the next try, found the task gone.
     */
    record Cast(int refused, long firstTry, long accepted, boolean lost) {}

    @Test
    void theLeaderOfThePurchasesPartitionKilledMidBurstLosesNoVoteAndThePurchaseCloses()
            throws Exception {
        Fixtures f = Fixtures.create(accounts, coops);
        long t0 = System.nanoTime();
        List<String> members =
                f.everyone(
                        f.addMembers(accounts, MEMBERS - 2, "cl", "상인", BusinessType.BAKERY, "가게"));
        Fixtures.SupplierAccount mill = Fixtures.addSupplier(accounts, coops, "sup", "한맥제분", "밀가루");
        FlourPurchase flour = new FlourPurchase(f, members, mill.username(), mill.id());
        double setUp = BenchReport.secondsSince(t0);

        t0 = System.nanoTime();
        long id = flour.propose(proposals, "클러스터 밀가루 공동구매");
        String openVotes =
                "SELECT job_key, assignee FROM task WHERE status = 'OPEN' AND form_key = 'member-vote'"
                        + " AND coop_id = ? ORDER BY job_key";
        await().atMost(WAIT)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> jdbc.queryForList(openVotes, f.coopId()).size() == MEMBERS);
        double tasksSeconds = BenchReport.secondsSince(t0);
        List<Map<String, Object>> tasks = jdbc.queryForList(openVotes, f.coopId());
        int partition = LocalCluster.partitionOf((Long) tasks.getFirst().get("job_key"));
        int victim = cluster.leaderOf(partition);
        assertThat(victim).as("the leader of partition %d", partition).isNotNegative();

        long burst = System.nanoTime();
        ExecutorService voters = Executors.newFixedThreadPool(VOTERS_AT_ONCE);
        List<Future<Cast>> casts =
                tasks.stream()
                        .map(
                                t ->
                                        voters.submit(
                                                () ->
                                                        vote(
                                                                (String) t.get("assignee"),
                                                                (Long) t.get("job_key"))))
                        .toList();
        await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> ballots(id) >= MEMBERS * 3 / 10);
        int ballotsAtKill = ballots(id);
        long kill = System.nanoTime();
        cluster.kill(victim);
        long newLeaderAt = -1;
        long answersAt = -1;
        while ((newLeaderAt < 0 || answersAt < 0) && System.nanoTime() - kill < WAIT.toNanos()) {
            int leader = cluster.leaderOf(partition);
            if (newLeaderAt < 0 && leader >= 0 && leader != victim) {
                newLeaderAt = System.nanoTime();
            }
            if (answersAt < 0 && cluster.partitionAnswers(partition)) {
                answersAt = System.nanoTime();
            }
            Thread.sleep(50);
        }
        int newLeader = cluster.leaderOf(partition);
        int lostVotes = 0;
        int refusedVotes = 0;
        int refusals = 0;
        long longestWait = 0;
        long lastAccepted = 0;
        for (Future<Cast> c : casts) {
            Cast cast = c.get();
            refusals += cast.refused();
            lostVotes += cast.lost() ? 1 : 0;
            refusedVotes += cast.refused() > 0 ? 1 : 0;
            longestWait = Math.max(longestWait, cast.accepted() - cast.firstTry());
            lastAccepted = Math.max(lastAccepted, cast.accepted());
        }
        voters.shutdown();
        double burstSeconds = (lastAccepted - burst) / 1e9;

        t0 = System.nanoTime();
        FlourPurchase.awaitStage(purchases, f.leader(), id, Stage.ORDERING, WAIT);
        Map<String, Object> vote =
                jdbc.queryForMap(
                        "SELECT id, status, outcome, yes_count, electorate_size FROM vote"
                                + " WHERE subject_key = ?",
                        "group-purchase-" + id);
        int twice =
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM (SELECT user_id FROM vote_ballot WHERE vote_id = ?"
                                + " GROUP BY user_id HAVING COUNT(*) > 1) x",
                        Integer.class,
                        vote.get("id"));
        int ballots = ballots(id);

        long line = purchases.get(id).lines().getFirst().id();
        byEveryone(members, "purchase-pledge", m -> FlourPurchase.pledge(line, 1));
        FlourPurchase.awaitStage(purchases, f.leader(), id, Stage.AWAITING_SUPPLIER, WAIT);
        MyTaskList.complete(
                inbox,
                flour.supplier(),
                "purchase-supplier-answer",
                Map.of("answer", "CONFIRM"),
                WAIT);
        FlourPurchase.awaitStage(purchases, f.leader(), id, Stage.SETTLING, WAIT);
        await().pollInSameThread().atMost(WAIT).until(() -> billing.bills(id).size() == MEMBERS);
        List<BillDetails> bills = billing.bills(id);
        byEveryone(members, "purchase-payment", m -> Map.of("paid", true));
        confirmEveryPayment(f.leader(), bills);
        MyTaskList.complete(
                inbox, f.leader(), "purchase-delivery", Map.of("delivered", true), WAIT);
        FlourPurchase.awaitStage(purchases, f.leader(), id, Stage.CLOSED, WAIT);
        long instance = ProcessInstances.of(jdbc, "purchase", id);
        ProcessInstances.awaitCompleted(jdbc, instance, "group-purchase", WAIT);
        double toClosed = BenchReport.secondsSince(t0);
        ChainReport chain = audit.verifyAll();

        BenchReport report =
                new BenchReport(
                        String.format(
                                Locale.ROOT,
                                "Failover of a three-broker cluster: %,d members vote, a leader is killed",
                                MEMBERS),
                        ClusterFailoverBenchmark.class,
                        "what",
                        "figure");
        report.row("set-up: accounts and memberships (not counted)", BenchReport.s(setUp));
        report.row(
                "proposal until every member has a vote task (not counted)",
                BenchReport.s(tasksSeconds));
        report.row(
                "killed (SIGKILL)",
                "broker " + victim + ", leader of partition " + partition + " (the purchase's)");
        report.row("ballots stored when it was killed", ballotsAtKill + " of " + MEMBERS);
        report.row(
                "**kill until the gateway names a new leader**",
                failover(kill, newLeaderAt) + " (broker " + newLeader + ")");
        report.row("**kill until the partition takes commands again**", failover(kill, answersAt));
        report.row(
                "votes refused (503, try again) during the failover, and refusals",
                refusedVotes + " votes, " + refusals + " refusals");
        report.row(
                "votes lost: taken by the engine, not heard by the app, the ballot rolled back",
                lostVotes);
        report.row(
                "longest a member waited for their vote",
                BenchReport.ms(longestWait / 1e6) + " ms");
        report.row("burst: first vote to last accepted", BenchReport.s(burstSeconds));
        report.row("ballots stored / members with more than one", ballots + " / " + twice);
        report.row(
                "the vote closed",
                vote.get("yes_count")
                        + " YES of "
                        + vote.get("electorate_size")
                        + " ("
                        + vote.get("status")
                        + ", "
                        + vote.get("outcome")
                        + ")");
        report.row(
                "the purchase, from the vote's end to closed on two brokers",
                BenchReport.s(toClosed)
                        + " ("
                        + purchases.get(id).stage()
                        + ", "
                        + bills.size()
                        + " bills)");
        report.row(
                "audit trail (rows checked, signed checkpoints of the one key)",
                (chain.intact() ? "intact, " : "BROKEN, ") + chain.rowsChecked() + " rows");
        report.note(
                "LocalCluster: three brokers and a standalone gateway, each a JVM (`-Xmx512m`) started from "
                        + "`engine/target/broker` with `engine/config/broker.yaml` and the compose `cluster` profile's "
                        + "settings (3 partitions, replication factor 3, 2 CPU and 2 I/O threads per broker, gateway "
                        + "disabled in the brokers), the audit exporter on every broker signing with one key; the "
                        + "app in the test JVM in `remote` mode on the gateway.");
        report.note(
                "Votes through `TaskInbox.complete`, "
                        + VOTERS_AT_ONCE
                        + " members at a time; a vote refused as "
                        + "`ServiceUnavailableException` (the API's 503) is sent again after 250 ms, as the member "
                        + "would. The failover is timed from the SIGKILL: the gateway's topology (polled every 50 ms) "
                        + "naming another leader of the partition, and a probe command on the partition (cancel of an "
                        + "instance that is not there) answered by its leader.");
        report.write();

        assertThat(lostVotes)
                .as("votes whose completion the engine took while the app rolled the ballot back")
                .isZero();
        assertThat(twice).as("members with more than one ballot").isZero();
        assertThat(ballots).as("one ballot per member").isEqualTo(MEMBERS);
        assertThat(vote.get("yes_count"))
                .as("the vote counts every member once")
                .isEqualTo(MEMBERS);
        assertThat(newLeader).as("the partition's new leader").isNotNegative().isNotEqualTo(victim);
        assertThat(purchases.get(id).stage()).isEqualTo(Stage.CLOSED);
        assertThat(bills.stream().mapToLong(BillDetails::total).sum())
                .isEqualTo(MEMBERS * 31_000L + 12_000 + 6_001);
        assertThat(chain.intact()).as("%s", chain).isTrue();
    }

    /** The member votes YES, again after each "try again", until the vote is taken. */
    private Cast vote(String member, long taskId) throws InterruptedException {
        Fixtures.signIn(member);
        try {
            long firstTry = System.nanoTime();
            int refused = 0;
            while (true) {
                try {
                    inbox.complete(taskId, Map.of("choice", "YES"));
                    return new Cast(refused, firstTry, System.nanoTime(), false);
                } catch (BusinessException e) {
                    // On the engine's word the task is gone (its job completed): refused for good.
                    return new Cast(refused, firstTry, System.nanoTime(), true);
                } catch (ServiceUnavailableException e) {
                    refused++;
                    if (System.nanoTime() - firstTry > WAIT.toNanos()) {
                        throw e;
                    }
                    Thread.sleep(250);
                }
            }
        } finally {
            Fixtures.signOut();
        }
    }

    private int ballots(long purchaseId) {
        return BrokerCrashBrokerIntegrationTests.ballots(jdbc, purchaseId);
    }

    /** Every user answers their task of this form, four at a time. */
    private void byEveryone(
            List<String> users, String formKey, Function<String, Map<String, Object>> form) {
        try (ExecutorService four = Executors.newFixedThreadPool(4)) {
            CompletableFuture.allOf(
                            users.stream()
                                    .map(
                                            u ->
                                                    CompletableFuture.runAsync(
                                                            () -> answer(u, formKey, form.apply(u)),
                                                            four))
                                    .toArray(CompletableFuture[]::new))
                    .join();
        }
    }

    private void answer(String user, String formKey, Map<String, Object> form) {
        try {
            MyTaskList.complete(inbox, user, formKey, form, WAIT);
        } finally {
            Fixtures.signOut();
        }
    }

    /** The leader confirms each bill's payment with its amount, as the receipt tasks show up. */
    private void confirmEveryPayment(String leader, List<BillDetails> bills) {
        Map<Object, Long> owed = new HashMap<>();
        bills.forEach(b -> owed.put(b.member(), b.total()));
        Set<Long> confirmed = new HashSet<>();
        Fixtures.signIn(leader);
        TaskFilter purchasesOnly = new TaskFilter(null, PurchaseService.PROCESS_ID);
        await().pollInSameThread()
                .atMost(WAIT)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> {
                            inbox.myTasks(purchasesOnly, 0, 100).stream()
                                    .filter(t -> "purchase-payment-receipt".equals(t.formKey()))
                                    .filter(t -> confirmed.add(t.id()))
                                    .forEach(t -> receive(t, owed));
                            return confirmed.size() == bills.size();
                        });
    }

    private void receive(TaskDetails receipt, Map<Object, Long> owed) {
        inbox.complete(receipt.id(), Map.of("amount", owed.get(receipt.variables().get("payer"))));
    }

    private static String failover(long from, long to) {
        return to < 0 ? "not within " + WAIT : BenchReport.ms((to - from) / 1e6) + " ms";
    }
}
