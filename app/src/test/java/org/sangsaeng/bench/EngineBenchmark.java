package org.sangsaeng.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobHandler;
import io.camunda.client.api.worker.JobWorker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sangsaeng.Fixtures;
import org.sangsaeng.TestSystem;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.ApiTokenService;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.purchase.BillDetails;
import org.sangsaeng.purchase.BillService;
import org.sangsaeng.purchase.FlourPurchase;
import org.sangsaeng.purchase.ProposalService;
import org.sangsaeng.purchase.PurchaseService;
import org.sangsaeng.purchase.Stage;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.tasks.MyTaskList;
import org.sangsaeng.tasks.TaskDetails;
import org.sangsaeng.tasks.TaskFilter;
import org.sangsaeng.tasks.TaskInbox;
import org.sangsaeng.voting.MemberVotes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Not a test (the test command skips it): the app on the real Zeebe broker it manages, with the
 * audit exporter, in a database of its own. Three sections of {@code docs/benchmarks.md}: the
 * engine overhead of the app (member votes through the task inbox against the same BPMN with no-op
 * workers straight on the broker), a burst of votes through the REST API, and a group purchase of
 * many members from proposal to closed. Run: {@code ./sangsaeng bench}; the engine overhead alone:
 * {@code ./mvnw -o -pl app test -Dtest=EngineBenchmark -Dbench.only=overhead}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Import(JobCosts.class)
// The next benchmark must not share the machine with this one's context (and broker).
@DirtiesContext
class EngineBenchmark {

    static final int OVERHEAD_INSTANCES = Integer.getInteger("bench.overhead.instances", 200);
    static final int OVERHEAD_VOTERS = 3;
    static final int IN_FLIGHT = 8;
    static final int PURCHASE_MEMBERS = Integer.getInteger("bench.purchase.members", 200);
    static final int BURST_MEMBERS = Integer.getInteger("bench.burst.members", 1_000);
    static final Duration BURST_WINDOW = Duration.ofSeconds(10);
    static final int WARM_UP_MEMBERS = Integer.getInteger("bench.burst.warmup", 500);
    static final Duration WAIT = Duration.ofMinutes(10);
    static final String BARE_PROCESS = "bench-member-vote";
    static final String OPEN_VOTES =
            "SELECT COUNT(*) FROM task WHERE status = 'OPEN' AND form_key = 'member-vote' AND coop_id = ?";

    /** {@code -Dbench.only=overhead}: the engine overhead alone, not the burst nor the purchase. */
    /**
     * {@code -Dbench.stream=true}: the app's workers and the no-op workers have jobs pushed to them
     * (job streaming) rather than polling for them.
     */
    static final boolean STREAM_JOBS = Boolean.getBoolean("bench.stream");

    static final boolean OVERHEAD_ONLY = "overhead".equals(System.getProperty("bench.only"));

    @DynamicPropertySource
    static void system(DynamicPropertyRegistry registry) {
        TestSystem.managedBroker(registry);
        registry.add("sangsaeng.notifications.dispatch-interval", () -> "PT1H");
        registry.add("sangsaeng.engine.stream-jobs", () -> STREAM_JOBS);
    }

    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired PurchaseService purchases;
    @Autowired ProposalService proposals;
    @Autowired BillService billing;
    @Autowired TaskInbox inbox;
    @Autowired CamundaClient client;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApiTokenService apiTokens;
    @Autowired MeterRegistry meters;

    /** A member's answers of the engine overhead's app side, in milliseconds. */
    private final ConcurrentLinkedQueue<Double> completions = new ConcurrentLinkedQueue<>();

    /** Why an instance of the engine overhead did not complete (the first one). */
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    @Value("${sangsaeng.db.pool-size}")
    int poolSize;

    @LocalServerPort int port;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    // ---------------------------------------------------------------- engine overhead

    @Test
    @Order(1)
    void engineOverheadOfTheAppAgainstNoOpWorkers() throws Exception {
        Fixtures f = Fixtures.create(accounts, coops);
        List<String> voters = new ArrayList<>(List.of(f.leader(), f.member()));
        voters.addAll(members(f.coopId(), "ov", OVERHEAD_VOTERS - voters.size()));
        deployBareCopy();

        AtomicBoolean voting = new AtomicBoolean(true);
        List<Future<?>> voterThreads =
                voters.stream()
                        .map(
                                v ->
                                        Executors.newVirtualThreadPerTaskExecutor()
                                                .submit(() -> voteWhileOpen(v, f.coopId(), voting)))
                        .collect(Collectors.toList());
        List<JobWorker> bare = openNoOpWorkers(voters);
        try {
            Map<String, Object> vote = voteVariables(f.coopId());
            run("member-vote", "bench-app-warm", 10, vote);
            Map<String, double[]> jobsBefore = jobTimes();
            JobCosts.reset();
            completions.clear();
            Run app = run("member-vote", "bench-app", OVERHEAD_INSTANCES, vote);
            Map<String, double[]> jobsAfter = jobTimes();
            double[] memberCompletions =
                    completions.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            // The members stop polling, so that the straight side has the machine the app side had.
            voting.set(false);
            run(BARE_PROCESS, "bench-bare-warm", 10, vote);
            Run straight = run(BARE_PROCESS, "bench-bare", OVERHEAD_INSTANCES, vote);

            BenchReport report =
                    new BenchReport(
                            "Engine overhead: member-vote through the app against no-op workers",
                            EngineBenchmark.class,
                            "side",
                            "instances",
                            "wall time",
                            "instances/s",
                            "p50 ms",
                            "p95 ms");
            report.row(app.row("through the app (task inbox, services, workers)"));
            report.row(straight.row("same BPMN, no-op workers straight on the broker"));
            report.note(
                    String.format(
                            Locale.ROOT,
                            "Ratio app / straight: **%.2f** of the broker's throughput "
                                    + "(%.1f against %.1f instances/s).",
                            app.perSecond() / straight.perSecond(),
                            app.perSecond(),
                            straight.perSecond()));
            report.note(
                    "Each instance: `vote-open`, "
                            + OVERHEAD_VOTERS
                            + " parallel vote tasks, `vote-close`; "
                            + IN_FLIGHT
                            + " instances in flight, created with `withResult` (latency = create to completed); "
                            + "10 instances to warm up, then the measured ones: first the app's side, then the straight side, in one run on "
                            + "the same managed Zeebe 8.6 broker (1 partition) with our audit exporter, which exports both.");
            report.note(
                    "App side: the real workers, the task inbox (a task row per vote, notifications), "
                            + OVERHEAD_VOTERS
                            + " members polling `TaskInbox.myTasks` every 20 ms and completing through "
                            + "`TaskInbox.complete` (the ballot is stored in MariaDB). Straight side: `"
                            + BARE_PROCESS
                            + "`, "
                            + "member-vote.bpmn with its job types prefixed `bench-` and the user task as a job of type "
                            + "`bench-cast-vote` (the inbox takes every `io.camunda.zeebe:userTask` job), completed at once by "
                            + "no-op workers on the app's `CamundaClient`.");
            if (!failures.isEmpty()) {
                report.note("Instances that did not complete: " + failures.peek());
            }
            report.write();
            breakdown(jobsBefore, jobsAfter, memberCompletions).write();
            assertThat(app.completed()).isEqualTo(OVERHEAD_INSTANCES);
            assertThat(straight.completed()).isEqualTo(OVERHEAD_INSTANCES);
        } finally {
            voting.set(false);
            bare.forEach(JobWorker::close);
            for (Future<?> t : voterThreads) {
                t.get(1, TimeUnit.MINUTES);
            }
        }
    }

    private static final List<String> JOB_PARTS = List.of("wait", "handle", "complete");

    /** Per job type and part (wait, handle, complete): jobs timed and their total milliseconds. */
    private Map<String, double[]> jobTimes() {
        Map<String, double[]> times = new TreeMap<>();
        for (String part : JOB_PARTS) {
            for (Timer timer : meters.find("sangsaeng.jobs." + part).timers()) {
                times.put(
                        timer.getId().getTag("type") + " " + part,
                        new double[] {timer.count(), timer.totalTime(TimeUnit.MILLISECONDS)});
            }
        }
        return times;
    }

    /** Where the time of the app side's jobs went, per job type, during the measured run. */
    private BenchReport breakdown(
            Map<String, double[]> before, Map<String, double[]> after, double[] completions) {
        BenchReport report =
                new BenchReport(
                        "Engine overhead: where a job's time goes (app side)",
                        EngineBenchmark.class,
                        "job type",
                        "jobs",
                        "wait ms",
                        "handler ms",
                        "transactions / job",
                        "held ms / job",
                        "statements / job",
                        "complete ms");
        Set<String> types = new TreeSet<>();
        after.keySet().forEach(k -> types.add(k.substring(0, k.lastIndexOf(' '))));
        for (String type : types) {
            double[] handled = delta(before, after, type + " handle");
            if (handled[0] == 0) {
                continue;
            }
            double jobs = handled[0];
            double[] waited = delta(before, after, type + " wait");
            double[] completed = delta(before, after, type + " complete");
            JobCosts.Cost cost = JobCosts.costs().getOrDefault(type, new JobCosts.Cost());
            report.row(
                    "`" + type + "`",
                    (long) jobs,
                    BenchReport.ms(waited[1] / Math.max(1, waited[0])),
                    BenchReport.ms(handled[1] / jobs),
                    String.format(Locale.ROOT, "%.1f", cost.connections.sum() / jobs),
                    BenchReport.ms(cost.heldNanos.sum() / 1e6 / jobs),
                    String.format(Locale.ROOT, "%.1f", cost.statements.sum() / jobs),
                    completed[0] == 0 ? "-" : BenchReport.ms(completed[1] / completed[0]));
        }
        report.row(
                "a member's `TaskInbox.complete` (p50 / p95)",
                completions.length,
                "",
                BenchReport.ms(BenchReport.percentile(completions, 50))
                        + " / "
                        + BenchReport.ms(BenchReport.percentile(completions, 95)),
                "",
                "",
                "",
                "");
        report.note(
                "Means over the measured instances of the app side. wait: from the broker's activation of "
                        + "the job to its handler starting (the job's deadline less its timeout); handler: the "
                        + "worker's work, its transaction(s) and the notices written in them; transactions: "
                        + "database connections the handler took, held ms: how long it held them, statements: "
                        + "the SQL statements it prepared; complete: the complete command's round trip. The "
                        + "user-task job is only recorded (the member completes it). The last row: a member's "
                        + "answer, the ballot stored and the job completed, as the members' threads timed it.");
        return report;
    }

    private static double[] delta(
            Map<String, double[]> before, Map<String, double[]> after, String key) {
        double[] b = before.getOrDefault(key, new double[2]);
        double[] a = after.getOrDefault(key, new double[2]);
        return new double[] {a[0] - b[0], a[1] - b[1]};
    }

    record Run(int completed, double seconds, double[] latencies) {
        double perSecond() {
            return completed / seconds;
        }

        Object[] row(String side) {
            return new Object[] {
                side,
                completed,
                BenchReport.s(seconds),
                String.format(Locale.ROOT, "%.1f", perSecond()),
                BenchReport.ms(BenchReport.percentile(latencies, 50)),
                BenchReport.ms(BenchReport.percentile(latencies, 95))
            };
        }
    }

    /** Creates instances with at most IN_FLIGHT running, each waited for to its end. */
    private Run run(
            String processId, String keyPrefix, int instances, Map<String, Object> variables)
            throws Exception {
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        long t0 = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < instances; i++) {
                inFlight.acquire();
                Map<String, Object> v = new HashMap<>(variables);
                v.put("businessKey", keyPrefix + "-" + i + "-" + UUID.randomUUID());
                threads.submit(
                        () -> {
                            try {
                                long t = System.nanoTime();
                                client.newCreateInstanceCommand()
                                        .bpmnProcessId(processId)
                                        .latestVersion()
                                        .variables(v)
                                        .withResult()
                                        .requestTimeout(WAIT)
                                        .send()
                                        .join();
                                latencies.add(BenchReport.millisSince(t));
                            } catch (RuntimeException e) {
                                // Counted as not completed; the first one says why.
                                if (failures.isEmpty()) {
                                    failures.add(e.toString());
                                }
                            } finally {
                                inFlight.release();
                            }
                            return null;
                        });
            }
        }
        double seconds = BenchReport.secondsSince(t0);
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Run(sorted.length, seconds, sorted);
    }

    private static Map<String, Object> voteVariables(long coopId) {
        return MemberVotes.variables(
                coopId,
                "벤치마크 투표",
                50,
                false,
                Instant.now().plus(Duration.ofDays(30)),
                Duration.ofHours(24));
    }

    /** A member who votes YES on every vote task of the co-op as soon as the inbox shows it. */
    private void voteWhileOpen(String voter, long coopId, AtomicBoolean voting) {
        Fixtures.signIn(voter);
        TaskFilter votes = new TaskFilter(coopId, "member-vote");
        while (voting.get()) {
            List<TaskDetails> open = inbox.myTasks(votes, 0, 100);
            for (TaskDetails t : open) {
                try {
                    long t0 = System.nanoTime();
                    inbox.complete(t.id(), Map.of("choice", "YES"));
                    completions.add(BenchReport.millisSince(t0));
                } catch (BusinessException e) {
                    // completed meanwhile
                } catch (RuntimeException e) {
                    // the broker was busy: the task is still open and shown again
                }
            }
            if (open.isEmpty()) {
                sleep(20);
            }
        }
    }

    /** member-vote.bpmn under another id, job types of its own and its user task as a plain job. */
    private void deployBareCopy() throws IOException {
        String bpmn;
        try (InputStream in =
                new ClassPathResource("processes/member-vote.bpmn").getInputStream()) {
            bpmn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String copy =
                replaceOnce(
                        bpmn,
                        "<bpmn:process id=\"member-vote\"",
                        "<bpmn:process id=\"" + BARE_PROCESS + "\"");
        copy =
                replaceOnce(
                        copy,
                        "bpmnElement=\"member-vote\"",
                        "bpmnElement=\"" + BARE_PROCESS + "\"");
        for (String type : List.of("vote-open", "vote-close", "task-remind")) {
            copy = replaceOnce(copy, "type=\"" + type + "\"", "type=\"bench-" + type + "\"");
        }
        copy =
                replaceOnce(
                        copy,
                        "<bpmn:userTask id=\"CastVoteTask\"",
                        "<bpmn:serviceTask id=\"CastVoteTask\"");
        copy = replaceOnce(copy, "</bpmn:userTask>", "</bpmn:serviceTask>");
        copy =
                Pattern.compile(
                                "<zeebe:formDefinition[^>]*/>\\s*<zeebe:assignmentDefinition[^>]*/>\\s*<zeebe:taskSchedule[^>]*/>")
                        .matcher(copy)
                        .replaceFirst("<zeebe:taskDefinition type=\"bench-cast-vote\" />");
        assertThat(copy).contains("bench-cast-vote").doesNotContain("userTask");
        client.newDeployResourceCommand()
                .addResourceStringUtf8(copy, BARE_PROCESS + ".bpmn")
                .send()
                .join();
    }

    private static String replaceOnce(String text, String what, String with) {
        assertThat(text.split(Pattern.quote(what), -1)).as(what).hasSize(2);
        return text.replace(what, with);
    }

    private List<JobWorker> openNoOpWorkers(List<String> voters) {
        Function<Map<String, Object>, JobHandler> completing =
                variables ->
                        (jobClient, job) ->
                                jobClient
                                        .newCompleteCommand(job.getKey())
                                        .variables(variables)
                                        .send()
                                        .join();
        return List.of(
                client.newWorker()
                        .jobType("bench-vote-open")
                        .handler(completing.apply(Map.of("voteId", 1, "electorate", voters)))
                        .streamEnabled(STREAM_JOBS)
                        .open(),
                client.newWorker()
                        .jobType("bench-cast-vote")
                        .handler(completing.apply(Map.of()))
                        .streamEnabled(STREAM_JOBS)
                        .open(),
                client.newWorker()
                        .jobType("bench-vote-close")
                        .handler(
                                completing.apply(
                                        Map.of(
                                                "voteOutcome",
                                                "PASSED",
                                                "voteYes",
                                                voters.size(),
                                                "voteNo",
                                                0,
                                                "voteAbstain",
                                                0,
                                                "voteElectorate",
                                                voters.size())))
                        .streamEnabled(STREAM_JOBS)
                        .open());
    }

    // ---------------------------------------------------------------- group purchase

    @Test
    @Order(2)
    void groupPurchaseOfManyMembersEndToEnd() throws Exception {
        assumeFalse(OVERHEAD_ONLY, "-Dbench.only=overhead");
        Fixtures f = Fixtures.create(accounts, coops);
        long t0 = System.nanoTime();
        List<String> members = new ArrayList<>(List.of(f.leader(), f.member()));
        members.addAll(members(f.coopId(), "gp", PURCHASE_MEMBERS - 2));
        Fixtures.SupplierAccount mill = Fixtures.addSupplier(accounts, coops, "sup", "한맥제분", "밀가루");
        String supplier = mill.username();
        long supplierId = mill.id();
        double setUp = BenchReport.secondsSince(t0);

        BenchReport report =
                new BenchReport(
                        String.format(
                                Locale.ROOT,
                                "Group purchase of %,d members, end to end",
                                PURCHASE_MEMBERS),
                        EngineBenchmark.class,
                        "stage",
                        "wall time",
                        "tasks",
                        "notes");
        report.row(
                "set-up: accounts and memberships (not counted)",
                BenchReport.s(setUp),
                "",
                "BCrypt for each account");
        long start = System.nanoTime();

        long stage = System.nanoTime();
        // The broker tests' flour purchase, proposed by the leader to all these members.
        long id =
                new FlourPurchase(f, members, supplier, supplierId)
                        .propose(proposals, "벤치마크 밀가루 공동구매");
        completeAll(members, "member-vote", m -> Map.of("choice", "YES"));
        awaitStage(f.leader(), id, Stage.ORDERING);
        report.row(
                "proposal and vote, to ordering",
                BenchReport.s(BenchReport.secondsSince(stage)),
                members.size(),
                "every member votes YES");

        stage = System.nanoTime();
        long line = purchases.get(id).lines().getFirst().id();
        completeAll(members, "purchase-pledge", m -> FlourPurchase.pledge(line, 1));
        awaitStage(f.leader(), id, Stage.AWAITING_SUPPLIER);
        report.row(
                "pledges, order closed and sent",
                BenchReport.s(BenchReport.secondsSince(stage)),
                members.size(),
                "1 unit each");

        stage = System.nanoTime();
        completeAll(
                List.of(supplier), "purchase-supplier-answer", m -> Map.of("answer", "CONFIRM"));
        awaitStage(f.leader(), id, Stage.SETTLING);
        Fixtures.signIn(f.leader());
        await().pollInSameThread()
                .atMost(WAIT)
                .until(() -> billing.bills(id).size() == members.size());
        List<BillDetails> bills = billing.bills(id);
        report.row(
                "supplier confirms, costs split, bills out",
                BenchReport.s(BenchReport.secondsSince(stage)),
                1,
                BenchReport.count(bills.size()) + " bills");

        stage = System.nanoTime();
        completeAll(members, "purchase-payment", m -> Map.of("paid", true));
        report.row(
                "members pay", BenchReport.s(BenchReport.secondsSince(stage)), members.size(), "");

        stage = System.nanoTime();
        Map<String, Long> owed = new HashMap<>();
        bills.forEach(b -> owed.put(b.member(), b.total()));
        confirmReceipts(f.leader(), owed);
        report.row(
                "leader confirms every payment",
                BenchReport.s(BenchReport.secondsSince(stage)),
                owed.size(),
                "");

        stage = System.nanoTime();
        completeAll(List.of(f.leader()), "purchase-delivery", m -> Map.of("delivered", true));
        awaitStage(f.leader(), id, Stage.CLOSED);
        report.row(
                "delivery confirmed, closed",
                BenchReport.s(BenchReport.secondsSince(stage)),
                1,
                "");
        report.row(
                "**proposal to closed**",
                BenchReport.s(BenchReport.secondsSince(start)),
                members.size() * 3 + owed.size() + 2,
                "");
        report.note(
                "Stages driven like the twelve-member `GroupPurchaseBrokerIntegrationTests`: each member's task found "
                        + "with `TaskInbox.myTasks` and completed with `TaskInbox.complete`, 4 members at a time; the stage ends "
                        + "when the purchase reaches the next stage (times include waiting for the broker, the workers and the "
                        + "task inbox).");
        report.write();
        assertThat(bills.stream().mapToLong(BillDetails::total).sum())
                .isEqualTo(members.size() * 31_000L + 12_000 + 6_001);
    }

    private void completeAll(
            List<String> users, String formKey, Function<String, Map<String, Object>> form)
            throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> done = new ArrayList<>();
            for (String user : users) {
                done.add(
                        pool.submit(
                                () -> {
                                    try {
                                        MyTaskList.complete(
                                                inbox, user, formKey, form.apply(user), WAIT);
                                    } finally {
                                        Fixtures.signOut();
                                    }
                                    return null;
                                }));
            }
            for (Future<?> d : done) {
                d.get();
            }
        }
    }

    /** The leader confirms each payer's amount as their receipt task appears. */
    private void confirmReceipts(String leader, Map<String, Long> owed) {
        Fixtures.signIn(leader);
        Set<String> confirmed = new HashSet<>();
        await().pollInSameThread()
                .atMost(WAIT)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> {
                            for (TaskDetails t :
                                    inbox.myTasks(
                                            new TaskFilter(null, PurchaseService.PROCESS_ID),
                                            0,
                                            500)) {
                                Object payer = t.variables().get("payer");
                                if ("purchase-payment-receipt".equals(t.formKey())
                                        && owed.containsKey(payer)
                                        && !confirmed.contains(payer)) {
                                    inbox.complete(t.id(), Map.of("amount", owed.get(payer)));
                                    confirmed.add((String) payer);
                                }
                            }
                            return confirmed.size() == owed.size();
                        });
    }

    private void awaitStage(String user, long id, Stage stage) {
        Fixtures.signIn(user);
        await().pollInSameThread()
                .atMost(WAIT)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> purchases.get(id).stage() == stage);
    }

    // ---------------------------------------------------------------- vote burst

    @Test
    @Order(3)
    void voteBurstThroughTheRestApi() throws Exception {
        assumeFalse(OVERHEAD_ONLY, "-Dbench.only=overhead");
        HttpClient http =
                HttpClient.newBuilder()
                        .executor(Executors.newVirtualThreadPerTaskExecutor())
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
        // A running server has answered many requests before a vote opens: its JIT compiler has
        // compiled the request path. Another co-op votes the same way first, not counted.
        Round warmUp = voteRound(http, "vw", WARM_UP_MEMBERS);
        // What follows its vote (the purchase's pledge tasks) is done before the measured round.
        await().atMost(WAIT)
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () ->
                                jdbc.queryForObject(
                                                "SELECT COUNT(*) FROM task WHERE status = 'OPEN'"
                                                        + " AND form_key = 'purchase-pledge' AND coop_id = ?",
                                                Integer.class,
                                                warmUp.fixtures().coopId())
                                        == WARM_UP_MEMBERS);
        Round round = voteRound(http, "vb", BURST_MEMBERS);
        Fixtures f = round.fixtures();
        long voteId = round.voteId();
        List<Map<String, Object>> tasks = round.tasks();
        Map<String, String> tokenOf = round.tokenOf();
        double[] latencies = round.latencies();
        int[] status = round.status();
        long ok = Arrays.stream(status).filter(s -> s == 200).count();
        Map<Integer, Long> byStatus = new TreeMap<>();
        Arrays.stream(status).forEach(s -> byStatus.merge(s, 1L, Long::sum));
        Arrays.sort(latencies);

        // Those refused or failed vote again afterwards, not timed, so that the count can be
        // checked.
        Map<Integer, Long> retried = new TreeMap<>();
        try (ExecutorService again = Executors.newFixedThreadPool(4)) {
            List<Future<Integer>> answers =
                    IntStream.range(0, tasks.size())
                            .filter(i -> status[i] != 200)
                            .mapToObj(i -> again.submit(() -> vote(http, tasks.get(i), tokenOf)))
                            .toList();
            for (Future<Integer> a : answers) {
                retried.merge(a.get(), 1L, Long::sum);
            }
        }
        String closedStatus = "OPEN";
        long closeWait = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while ("OPEN".equals(closedStatus) && System.nanoTime() < closeWait) {
            sleep(200);
            closedStatus =
                    jdbc.queryForObject(
                            "SELECT status FROM vote WHERE id = ?", String.class, voteId);
        }
        double closedAfter = BenchReport.secondsSince(round.burstStart());
        Map<String, Double> cpuUntilClosed =
                ProcessCpu.now().millisPer(round.cpuAtStart(), tasks.size());
        int ballots =
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM vote_ballot WHERE vote_id = ?",
                        Integer.class,
                        voteId);
        int twice =
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM (SELECT user_id FROM vote_ballot WHERE vote_id = ?"
                                + " GROUP BY user_id HAVING COUNT(*) > 1) x",
                        Integer.class,
                        voteId);
        int currentYes =
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM vote_ballot WHERE vote_id = ? AND current_marker = 1"
                                + " AND choice = 'YES'",
                        Integer.class,
                        voteId);
        Map<String, Object> closed =
                jdbc.queryForMap(
                        "SELECT status, outcome, yes_count, electorate_size FROM vote WHERE id = ?",
                        voteId);

        BenchReport report =
                new BenchReport(
                        String.format(
                                Locale.ROOT,
                                "Vote burst: %,d members vote through the REST API",
                                tasks.size()),
                        EngineBenchmark.class,
                        "what",
                        "figure");
        report.row(
                "set-up: accounts and memberships (not counted)",
                BenchReport.s(round.accountsSeconds()));
        report.row(
                "set-up: proposal until every member has a vote task (not counted)",
                BenchReport.s(round.tasksSeconds()));
        report.row(
                "set-up: a sign-in token for each member (not counted)",
                BenchReport.s(round.tokensSeconds()));
        report.row(
                "warm-up, not counted: another co-op votes the same way first", warmUp.summary());
        report.row("requests sent (evenly over " + BURST_WINDOW.toSeconds() + " s)", tasks.size());
        report.row("all answered after", BenchReport.s(round.burstSeconds()));
        report.row(
                "the engine took every answer and the vote was counted (closed) after",
                BenchReport.s(closedAfter));
        report.row(
                "throughput",
                String.format(Locale.ROOT, "%.1f votes/s", ok / round.burstSeconds()));
        report.row(
                "latency p50 / p95 / p99",
                BenchReport.ms(BenchReport.percentile(latencies, 50))
                        + " / "
                        + BenchReport.ms(BenchReport.percentile(latencies, 95))
                        + " / "
                        + BenchReport.ms(BenchReport.percentile(latencies, 99))
                        + " ms");
        report.row(
                "CPU per vote during the burst: this JVM (the app and the 1,000 clients) / the"
                        + " broker / MariaDB",
                String.format(
                        Locale.ROOT,
                        "%.1f / %.1f / %.1f ms",
                        round.cpuPerVote().getOrDefault(ProcessCpu.APP, 0.0),
                        round.cpuPerVote().getOrDefault(ProcessCpu.BROKER, 0.0),
                        round.cpuPerVote().getOrDefault(ProcessCpu.DATABASE, 0.0)));
        report.row(
                "the same, from the first request until the vote was counted (the broker catches"
                        + " up)",
                String.format(
                        Locale.ROOT,
                        "%.1f / %.1f / %.1f ms",
                        cpuUntilClosed.getOrDefault(ProcessCpu.APP, 0.0),
                        cpuUntilClosed.getOrDefault(ProcessCpu.BROKER, 0.0),
                        cpuUntilClosed.getOrDefault(ProcessCpu.DATABASE, 0.0)));
        report.row(
                "statements MariaDB ran per vote, during the burst (every client)",
                String.format(Locale.ROOT, "%.1f", round.statementsPerVote()));
        report.row("latency max", BenchReport.ms(latencies[latencies.length - 1]) + " ms");
        report.row("answers by HTTP status", byStatus.toString());
        report.row("errors", tasks.size() - ok);
        report.row(
                "the failed ones voting again afterwards (not timed), answers",
                retried.isEmpty() ? "none needed" : retried.toString());
        report.row("ballots stored / members with more than one", ballots + " / " + twice);
        report.row(
                "vote tasks still open",
                jdbc.queryForObject(OPEN_VOTES, Integer.class, f.coopId()));
        report.row(
                "current YES ballots / vote closed with YES count",
                currentYes
                        + " / "
                        + closed.get("yes_count")
                        + " of "
                        + closed.get("electorate_size")
                        + " ("
                        + closed.get("status")
                        + ", "
                        + closed.get("outcome")
                        + ")");
        report.note(
                "Each request: `POST /api/v1/tasks/{id}/complete` with `{\"choice\":\"YES\"}` and the member's "
                        + "bearer token (`Authorization: Bearer`, from `POST /api/v1/auth/tokens` - made here with "
                        + "`ApiTokenService.issue`, as members sign in before the vote), one per member, sent from virtual "
                        + "threads with `HttpClient`, evenly spaced over the window; latency from sending to the answer.");
        report.row(
                "completion commands by state / tries (task_completion)",
                jdbc
                        .queryForList(
                                "SELECT CONCAT(c.state, ' after ', c.attempts) AS s, COUNT(*) AS n"
                                        + " FROM task_completion c JOIN task t ON t.job_key = c.job_key"
                                        + " WHERE t.coop_id = ? AND t.form_key = 'member-vote'"
                                        + " GROUP BY c.state, c.attempts ORDER BY 1",
                                f.coopId())
                        .stream()
                        .map(r -> r.get("s") + ": " + r.get("n"))
                        .toList()
                        .toString());
        report.note(
                "Database connections: `DB_POOL_SIZE` "
                        + poolSize
                        + "; a request holds one for its own transaction only (ballot, task row and "
                        + "completion command); the command reaches the broker after commit, from the "
                        + "command outbox's sender threads.");
        report.write();
        assertThat(twice).as("members with more than one ballot").isZero();
        assertThat(ballots).as("one ballot per member").isEqualTo(tasks.size());
        assertThat(currentYes).isEqualTo(tasks.size());
        assertThat(closed.get("yes_count"))
                .as("the closed vote counts every member once")
                .isEqualTo(tasks.size());
    }

    /** One co-op's vote: its set-up and the burst of its members' answers. */
    record Round(
            Fixtures fixtures,
            long voteId,
            List<Map<String, Object>> tasks,
            Map<String, String> tokenOf,
            double accountsSeconds,
            double tasksSeconds,
            double tokensSeconds,
            double burstSeconds,
            Map<String, Double> cpuPerVote,
            ProcessCpu cpuAtStart,
            long burstStart,
            double statementsPerVote,
            double[] latencies,
            int[] status) {

        String summary() {
            double[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return String.format(
                    Locale.ROOT,
                    "%d votes in %.1f s, p50 / p99 %s / %s ms, %d answered 200, %.1f ms of CPU"
                            + " per vote",
                    tasks.size(),
                    burstSeconds,
                    BenchReport.ms(BenchReport.percentile(sorted, 50)),
                    BenchReport.ms(BenchReport.percentile(sorted, 99)),
                    Arrays.stream(status).filter(s -> s == 200).count(),
                    cpuPerVote.getOrDefault(ProcessCpu.APP, 0.0));
        }
    }

    /**
     * A new co-op of {@code size} members (its leader among them) votes on a flour purchase: every
     * member answers their vote task through the REST API, evenly over {@link #BURST_WINDOW}.
     */
    private Round voteRound(HttpClient http, String prefix, int size) throws Exception {
        Fixtures f = Fixtures.create(accounts, coops);
        long t0 = System.nanoTime();
        members(f.coopId(), prefix, size - 2);
        long supplierId =
                Fixtures.addSupplier(accounts, coops, prefix + "sup", "벤치 공급자", "밀가루").id();
        double accountsSeconds = BenchReport.secondsSince(t0);

        t0 = System.nanoTime();
        // The broker tests' flour purchase, proposed by the leader: only its vote is measured.
        new FlourPurchase(f, List.of(), null, supplierId).propose(proposals, "천 명 투표");
        await().atMost(WAIT)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> jdbc.queryForObject(OPEN_VOTES, Integer.class, f.coopId()) == size);
        double tasksSeconds = BenchReport.secondsSince(t0);
        long voteId =
                jdbc.queryForObject(
                        "SELECT id FROM vote WHERE coop_id = ?", Long.class, f.coopId());
        List<Map<String, Object>> tasks =
                jdbc.queryForList(
                        "SELECT t.job_key, t.assignee FROM task t WHERE t.status = 'OPEN'"
                                + " AND t.form_key = 'member-vote' AND t.coop_id = ? ORDER BY t.job_key",
                        f.coopId());

        // Members are signed in on their phones before the vote opens: each has its bearer token.
        t0 = System.nanoTime();
        Map<String, String> tokenOf = new HashMap<>();
        tasks.forEach(
                t ->
                        tokenOf.put(
                                (String) t.get("assignee"),
                                apiTokens.issue((String) t.get("assignee")).token()));
        double tokensSeconds = BenchReport.secondsSince(t0);

        long intervalNanos = BURST_WINDOW.toNanos() / tasks.size();
        double[] latencies = new double[tasks.size()];
        int[] status = new int[tasks.size()];
        ProcessCpu cpuBefore = ProcessCpu.now();
        long questionsBefore = serverQuestions();
        long burst = System.nanoTime();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            IntStream.range(0, tasks.size())
                    .forEach(
                            i ->
                                    senders.submit(
                                            () -> {
                                                long due = burst + i * intervalNanos;
                                                long wait = due - System.nanoTime();
                                                if (wait > 0) {
                                                    sleepNanos(wait);
                                                }
                                                long t = System.nanoTime();
                                                status[i] = vote(http, tasks.get(i), tokenOf);
                                                latencies[i] = BenchReport.millisSince(t);
                                            }));
        }
        return new Round(
                f,
                voteId,
                tasks,
                tokenOf,
                accountsSeconds,
                tasksSeconds,
                tokensSeconds,
                BenchReport.secondsSince(burst),
                ProcessCpu.now().millisPer(cpuBefore, tasks.size()),
                cpuBefore,
                burst,
                (double) (serverQuestions() - questionsBefore) / tasks.size(),
                latencies,
                status);
    }

    /**
     * The statements MariaDB has run so far, every client's (the app's, the audit exporter's, this
     * benchmark's few): whatever the machine's speed, the round trips a vote costs.
     */
    private long serverQuestions() {
        return jdbc.queryForObject(
                "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
                        + " WHERE VARIABLE_NAME = 'QUESTIONS'",
                Long.class);
    }

    /**
     * The member of this task votes YES through the REST API; returns the HTTP status (-1: no
     * answer).
     */
    private int vote(HttpClient http, Map<String, Object> task, Map<String, String> tokenOf) {
        HttpRequest request =
                HttpRequest.newBuilder(
                                URI.create(
                                        "http://127.0.0.1:"
                                                + port
                                                + "/api/v1/tasks/"
                                                + task.get("job_key")
                                                + "/complete"))
                        .header(
                                "Authorization",
                                "Bearer " + tokenOf.get((String) task.get("assignee")))
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofMinutes(5))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"choice\":\"YES\"}"))
                        .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    // ---------------------------------------------------------------- set-up

    /** New active members of the co-op, created two at a time (each account hashes a password). */
    private List<String> members(long coopId, String prefix, int count) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<String> names =
                IntStream.range(0, count).mapToObj(i -> prefix + i + "-" + run).toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = names.get(i);
                BusinessType type = BusinessType.values()[i % BusinessType.values().length];
                int n = i;
                done.add(
                        pool.submit(
                                () ->
                                        accounts.addMembership(
                                                coopId,
                                                accounts.createAccount(
                                                        name,
                                                        Fixtures.PASSWORD,
                                                        "상인" + n,
                                                        Set.of()),
                                                false,
                                                type,
                                                "가게 " + n)));
            }
            for (Future<?> d : done) {
                d.get();
            }
        }
        return names;
    }

    private static void sleep(long millis) {
        sleepNanos(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    private static void sleepNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
