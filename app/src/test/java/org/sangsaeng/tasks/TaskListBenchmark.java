package org.sangsaeng.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.TestSystem;
import org.sangsaeng.bench.BenchReport;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.db.TestDatabase;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.ApiTokenService;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.tasks.domain.Task;
import org.sangsaeng.tasks.domain.TaskLists;
import org.sangsaeng.web.LocalHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test (the test command skips it): "my tasks" with 100,000 open tasks of one co-op in
 * MariaDB, as the REST API and the task grid ask for them (a count and a page of 50, the grid's
 * page size), for the co-op's leader (who sees the leaders' and members' group tasks) and for a
 * member. Measured at the service ({@link TaskInbox}), which is what the view's lazy data provider
 * calls, next to the queries of before {@code task_visibility}, in one run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// The next benchmark must not share the machine with this one's context (and broker).
@DirtiesContext
class TaskListBenchmark {

    static final int TASKS = Integer.getInteger("bench.tasks", 100_000);
    static final int MEMBERS = 1_000;

    /** Runs of each "before" row: the old statements are slow. */
    static final int REPEATS = 20;

    /** Runs of each "after" row. */
    static final int AFTER_REPEATS = 100;

    /**
     * Requests of each person before anything is timed, so that the rows time a running server
     * rather than the JIT compiling the request's code (the first of them take several times as
     * long).
     */
    static final int WARM_UP = Integer.getInteger("bench.tasklist.warmup", 300);

    static final int GRID_PAGE = 50;

    @DynamicPropertySource
    static void system(DynamicPropertyRegistry registry) {
        TestSystem.inMemoryEngine(registry, TestDatabase.newDatabase("bench"));
    }

    @Autowired TaskInbox inbox;
    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired JdbcTemplate jdbc;
    @Autowired TaskLists lists;
    @PersistenceContext EntityManager entities;
    @Autowired CurrentUsers users;
    @Autowired JsonMapper json;
    @Autowired ApiTokenService apiTokens;
    @LocalServerPort int port;
    TransactionTemplate readOnly;

    @Autowired
    void readOnly(PlatformTransactionManager transactions) {
        readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    /**
     * The list's query before {@code task_visibility} (main at d8e2199, {@code
     * Tasks.VISIBLE_OPEN_KEYS}): the user's assigned tasks and their groups' tasks joined with the
     * task rows, then sorted whole. Kept here to measure before and after in one run.
     */
    static final String BEFORE_VISIBLE_OPEN_KEYS =
            """
            SELECT t.job_key FROM task t
             WHERE t.assignee = :username AND t.status = 'OPEN'
               AND (:coopId IS NULL OR t.coop_id = :coopId) AND (:processId IS NULL OR t.bpmn_process_id = :processId)
            UNION
            SELECT t.job_key FROM task_candidate_group g JOIN task t ON t.job_key = g.job_key
             WHERE g.group_name IN (:groups) AND t.status = 'OPEN'
               AND (:coopId IS NULL OR t.coop_id = :coopId) AND (:processId IS NULL OR t.bpmn_process_id = :processId)
            """;

    static final String BEFORE_PAGE =
            "SELECT t.job_key FROM task t JOIN ("
                    + BEFORE_VISIBLE_OPEN_KEYS
                    + ") v ON v.job_key = t.job_key ORDER BY t.due_at IS NULL, t.due_at, t.created_at, t.job_key"
                    + " LIMIT :limit OFFSET :offset";

    static final String BEFORE_COUNT = "SELECT COUNT(*) FROM (" + BEFORE_VISIBLE_OPEN_KEYS + ") v";

    @Test
    void myTasksWithAHundredThousandOpenTasks() {
        Fixtures f = Fixtures.create(accounts, coops);
        BenchReport report =
                new BenchReport(
                        String.format("Task list with %,d open tasks", TASKS),
                        TaskListBenchmark.class);
        long t0 = System.nanoTime();
        seed(f);
        report.row(
                "insert the open tasks, their candidate groups and list entries (batches of 1,000)",
                BenchReport.s(BenchReport.secondsSince(t0)),
                "",
                BenchReport.count(TASKS) + " tasks, set-up");

        String leaderGroup = "coop:" + f.coopId() + ":leader";
        String memberGroup = "coop:" + f.coopId() + ":member";
        Fixtures.signIn(f.leader());
        TaskCount leaderCount = inbox.countMyTasks(TaskFilter.none());
        Fixtures.signIn(f.member());
        TaskCount memberCount = inbox.countMyTasks(TaskFilter.none());
        // As seeded: the leader has 1 % by name, the leaders' 19 % and the members' 5 %; the member
        // only the members' 5 % (none of the 75 % is assigned to them). No task twice, none missed.
        long leaderSees = before(f.leader(), List.of(leaderGroup, memberGroup)).count();
        long memberSees = before(f.member(), List.of(memberGroup)).count();
        assertThat(leaderSees).isEqualTo(TASKS / 100 * 25);
        assertThat(memberSees).isEqualTo(TASKS / 100 * 5);
        assertThat(leaderCount).isEqualTo(TaskCount.of(leaderSees));
        assertThat(memberCount).isEqualTo(TaskCount.of(memberSees));
        // The new list gives the tasks of the old one, in the same order, at the top and deep down.
        // By offset and by the cursor of the page before.
        for (int offset : new int[] {0, 1_000, 4_950}) {
            List<Long> leaders =
                    before(f.leader(), List.of(leaderGroup, memberGroup)).page(offset, GRID_PAGE);
            List<Long> members = before(f.member(), List.of(memberGroup)).page(offset, GRID_PAGE);
            Fixtures.signIn(f.leader());
            assertThat(keys(inbox.myTasks(TaskFilter.none(), offset, GRID_PAGE)))
                    .isEqualTo(leaders);
            assertThat(byCursor(offset)).isEqualTo(leaders);
            Fixtures.signIn(f.member());
            assertThat(keys(inbox.myTasks(TaskFilter.none(), offset, GRID_PAGE)))
                    .isEqualTo(members);
            assertThat(byCursor(offset)).isEqualTo(members);
        }

        String leader = "leader (" + BenchReport.count(leaderSees) + " visible)";
        String member = "member (" + BenchReport.count(memberSees) + " visible)";
        measureBefore(report, before(f.leader(), List.of(leaderGroup, memberGroup)), leader);
        measureBefore(report, before(f.member(), List.of(memberGroup)), member);
        warmUp(f.leader());
        warmUp(f.member());
        measure(report, f.leader(), List.of(leaderGroup, memberGroup), leader);
        measure(report, f.member(), List.of(memberGroup), member);

        report.note(
                "Before = the queries of main before `task_visibility` (`BEFORE_COUNT`, `BEFORE_PAGE` in"
                        + " the benchmark: the UNION of assigned and group tasks joined with `task`, sorted"
                        + " whole, counted exactly), run as SQL: the page's keys only, without loading the 50"
                        + " tasks, so the before figures are if anything too low. After = `TaskInbox` as the"
                        + " grid and `GET /api/v1/tasks` call it: a count that stops at 1,000 (\"1,000+\")"
                        + " and a page read from `task_visibility`, tasks and titles loaded. \"SQL alone\" is the"
                        + " after side's two statements without the service (who is signed in, the 50"
                        + " tasks, their subjects' titles). Before rows: "
                        + REPEATS
                        + " runs each; after rows: "
                        + AFTER_REPEATS
                        + " runs each, after "
                        + WARM_UP
                        + " untimed requests of each person (count + page, as the API and the grid"
                        + " ask), so that they time a warm server, not the JIT compiling the code."
                        + " `GET /api/v1/tasks` over HTTP: the whole request from the test's `HttpClient`"
                        + " to the app's Tomcat on the same machine and back, the bearer token checked,"
                        + " the names and subjects put in the caller's language.");
        report.note(
                "How MariaDB runs the new page (EXPLAIN, leader): "
                        + plan(
                                new TaskLists.Reader(
                                        f.leader(), List.of(leaderGroup, memberGroup), null, null),
                                null,
                                0));
        report.note(
                "How MariaDB runs the new count (EXPLAIN, leader): "
                        + plan(
                                new TaskLists.Reader(
                                        f.leader(), List.of(leaderGroup, memberGroup), null, null),
                                null,
                                1));
        report.note(
                "How MariaDB runs a page by cursor (EXPLAIN, leader, `after` = the 1,000th task): "
                        + plan(
                                new TaskLists.Reader(
                                        f.leader(), List.of(leaderGroup, memberGroup), null, null),
                                lists.page(
                                                new TaskLists.Reader(
                                                        f.leader(),
                                                        List.of(leaderGroup, memberGroup),
                                                        null,
                                                        null),
                                                null,
                                                950,
                                                GRID_PAGE)
                                        .next(),
                                0));
        report.note(
                "How MariaDB runs the new page filtered by process (EXPLAIN, member): "
                        + plan(
                                new TaskLists.Reader(
                                        f.member(), List.of(memberGroup), null, "member-vote"),
                                null,
                                0));
        report.note(
                "\"grid's first request\" = `TaskInbox.countMyTasks` + `TaskInbox.myTasks(filter, 0, 50)`,"
                        + " as the task grid opens (the count, then the lazy data provider's first page of 50);"
                        + " \"API's whole request\" = `TaskInbox.myTaskPage(filter, null, 0, 50)`, what"
                        + " `GET /api/v1/tasks` calls, and Jackson writing the page: without HTTP, security"
                        + " filters and the controller's message look-ups. Pages by cursor pass the `next` of"
                        + " the page before as `after`. Steps: each part of `myTaskPage` run on its own"
                        + " (a read-only transaction each); \"before\" is the JPA load the list used before"
                        + " this change (`Tasks.findWithGroups`: entities with their groups).");
        report.note(
                "Tasks: "
                        + BenchReport.count(TASKS)
                        + " open tasks of one co-op: 75 % assigned to one of "
                        + MEMBERS
                        + " members, 1 % to the leader, 19 % to the leaders' group, 5 % to the members' group; "
                        + "90 % have a due date.");
        report.write();
    }

    /** The person's requests, as the grid and the API make them, untimed. */
    private void warmUp(String user) {
        String token = apiTokens.issue(user).token();
        Fixtures.signIn(user);
        for (int i = 0; i < WARM_UP; i++) {
            myTasksOverHttp(token);
            json.writeValueAsString(inbox.myTaskPage(TaskFilter.none(), null, 0, GRID_PAGE));
            inbox.countMyTasks(TaskFilter.none());
            inbox.myTasks(TaskFilter.none(), 0, GRID_PAGE);
        }
    }

    /**
     * {@code GET /api/v1/tasks} as a member's phone asks it: over HTTP with the bearer token,
     * through the security filters and the controller (names and subjects in the caller's
     * language).
     */
    private int myTasksOverHttp(String token) {
        HttpResponse<String> answer = LocalHttp.get(port, "/api/v1/tasks", "Bearer " + token);
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body().length();
    }

    /** The page at {@code offset}, asked for with the cursor of the page before it. */
    private List<Long> byCursor(int offset) {
        String after =
                offset == 0
                        ? null
                        : inbox.myTasksAfter(TaskFilter.none(), null, offset - GRID_PAGE, GRID_PAGE)
                                .next();
        return keys(inbox.myTasksAfter(TaskFilter.none(), after, 0, GRID_PAGE).items());
    }

    private static List<Long> keys(List<TaskDetails> page) {
        return page.stream().map(TaskDetails::id).toList();
    }

    /** The list as main read it, for one person. */
    private record Before(NamedParameterJdbcTemplate jdbc, Map<String, Object> params) {

        long count() {
            Long n = jdbc.queryForObject(BEFORE_COUNT, params, Long.class);
            return n == null ? 0 : n;
        }

        List<Long> page(int offset, int limit) {
            Map<String, Object> p = new HashMap<>(params);
            p.put("offset", offset);
            p.put("limit", limit);
            return jdbc.queryForList(BEFORE_PAGE, p, Long.class);
        }
    }

    private Before before(String username, List<String> groups) {
        Map<String, Object> params = new HashMap<>();
        params.put("username", username);
        params.put("groups", groups);
        params.put("coopId", null);
        params.put("processId", null);
        return new Before(new NamedParameterJdbcTemplate(jdbc), params);
    }

    private void measureBefore(BenchReport report, Before before, String who) {
        report.time("before: count, " + who, REPEATS, before::count);
        report.time(
                "before: first page of " + GRID_PAGE + ", " + who,
                REPEATS,
                () -> before.page(0, GRID_PAGE));
        report.time(
                "before: grid's first request (count + page), " + who,
                REPEATS,
                () -> {
                    before.count();
                    return before.page(0, GRID_PAGE);
                });
    }

    private void measure(BenchReport report, String user, List<String> groups, String who) {
        TaskLists.Reader reader = new TaskLists.Reader(user, groups, null, null);
        String token = apiTokens.issue(user).token();
        report.time(
                "after: `GET /api/v1/tasks` over HTTP with a bearer token (count + first page of "
                        + GRID_PAGE
                        + ", as a phone asks), "
                        + who,
                AFTER_REPEATS,
                () -> myTasksOverHttp(token));
        report.time(
                "after, SQL alone: count + page's keys (`TaskLists`), " + who,
                AFTER_REPEATS,
                () -> {
                    lists.countUpTo(reader, TaskCount.CAP);
                    return lists.page(reader, null, 0, GRID_PAGE);
                });
        Fixtures.signIn(user);
        report.time(
                "after: count (up to 1,000), " + who,
                AFTER_REPEATS,
                () -> inbox.countMyTasks(TaskFilter.none()));
        report.time(
                "after: first page of " + GRID_PAGE + ", " + who,
                AFTER_REPEATS,
                () -> inbox.myTasks(TaskFilter.none(), 0, GRID_PAGE));
        report.time(
                "after: grid's first request (count + page), " + who,
                AFTER_REPEATS,
                () -> {
                    inbox.countMyTasks(TaskFilter.none());
                    return inbox.myTasks(TaskFilter.none(), 0, GRID_PAGE);
                });
        report.time(
                "after: API's whole request (`myTaskPage`: count + page, one read of the user)"
                        + " and its JSON, "
                        + who,
                AFTER_REPEATS,
                () ->
                        json.writeValueAsString(
                                inbox.myTaskPage(TaskFilter.none(), null, 0, GRID_PAGE)));
        report.time(
                "after: filtered by process (member-vote), count + page, " + who,
                AFTER_REPEATS,
                () -> inbox.myTaskPage(new TaskFilter(null, "member-vote"), null, 0, GRID_PAGE));
        report.time(
                "after: page 100 by offset (4,950), " + who,
                AFTER_REPEATS,
                () -> inbox.myTasks(TaskFilter.none(), 4_950, GRID_PAGE));
        String page99 = inbox.myTasksAfter(TaskFilter.none(), null, 4_900, GRID_PAGE).next();
        report.time(
                "after: page 100 by cursor (`after` = page 99's `next`), " + who,
                AFTER_REPEATS,
                () -> inbox.myTasksAfter(TaskFilter.none(), page99, 0, GRID_PAGE));
        breakdown(report, reader, who);
    }

    /**
     * Where the API's request spends its time, step by step as {@link TaskInbox#myTaskPage} takes
     * them, each step run on its own (in a read-only transaction of its own, as the service's).
     */
    private void breakdown(BenchReport report, TaskLists.Reader reader, String who) {
        report.time(
                "  step: who is signed in (`CurrentUsers.require`), " + who,
                AFTER_REPEATS,
                users::require);
        report.time(
                "  step: list SQL (count + page's keys), " + who,
                AFTER_REPEATS,
                () -> {
                    lists.countUpTo(reader, TaskCount.CAP);
                    return lists.page(reader, null, 0, GRID_PAGE);
                });
        List<Long> keys = lists.page(reader, null, 0, GRID_PAGE).keys();
        report.time(
                "  step, before: load the "
                        + GRID_PAGE
                        + " task entities with their groups (JPA) and their variables, "
                        + who,
                AFTER_REPEATS,
                () ->
                        readOnly.execute(
                                s ->
                                        entities
                                                .createQuery(
                                                        "select distinct t from Task t left join fetch"
                                                                + " t.candidateGroups where t.jobKey in :keys",
                                                        Task.class)
                                                .setParameter("keys", keys)
                                                .getResultList()
                                                .stream()
                                                .map(t -> variables(t.getVariables()))
                                                .toList()));
        report.time(
                "  step: load the "
                        + GRID_PAGE
                        + " tasks with their groups and variables (`TaskLists.rows`), "
                        + who,
                AFTER_REPEATS,
                () -> readOnly.execute(s -> lists.rows(keys, this::variables)));
        List<TaskDetails> loaded = readOnly.execute(s -> lists.rows(keys, this::variables));
        List<String> businessKeys = loaded.stream().map(TaskDetails::businessKey).toList();
        report.time(
                "  step: titles of what they are about (`TaskInbox.titles`), " + who,
                AFTER_REPEATS,
                () -> readOnly.execute(s -> inbox.titles(businessKeys)));
        Map<String, String> subjects = readOnly.execute(s -> inbox.titles(businessKeys));
        List<TaskDetails> items =
                loaded.stream().map(t -> t.withSubject(subjects.get(t.businessKey()))).toList();
        report.time(
                "  step: JSON of the page, " + who,
                AFTER_REPEATS,
                () -> json.writeValueAsString(items));
    }

    /**
     * A task's variables as {@code TaskInbox} reads them. Not through the bean: a call through its
     * transactional proxy would time a transaction per task.
     */
    private Map<String, Object> variables(String text) {
        return json.readValue(text, new TypeReference<Map<String, Object>>() {});
    }

    /** EXPLAIN of one of the list's statements ({@link TaskLists#explainable}). */
    private String plan(TaskLists.Reader reader, TaskLists.Cursor after, int which) {
        String sql = lists.explainable(reader, after, 0, GRID_PAGE, TaskCount.CAP).get(which);
        return jdbc.queryForList("EXPLAIN " + sql).stream()
                .map(
                        r ->
                                r.get("id")
                                        + " "
                                        + r.get("select_type")
                                        + " "
                                        + r.get("table")
                                        + ": "
                                        + r.get("type")
                                        + " on "
                                        + r.get("key")
                                        + ", ~"
                                        + r.get("rows")
                                        + " rows"
                                        + (r.get("Extra") == null || "".equals(r.get("Extra"))
                                                ? ""
                                                : " (" + r.get("Extra") + ")"))
                .collect(Collectors.joining("; "));
    }

    private void seed(Fixtures f) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String[] processes = {
            "member-vote",
            "group-purchase",
            "membership-application",
            "coop-proposal",
            "coupon-approval"
        };
        // The processes' user tasks, so that each task has its name in the message bundle.
        String[] elements = {
            "CastVoteTask",
            "PledgeTask",
            "ReviewApplicationTask",
            "ReviewProposalTask",
            "LeaderReviewTask"
        };
        String[] forms = {
            "member-vote",
            "purchase-pledge",
            "membership-review",
            "proposal-review",
            "coupon-approval"
        };
        List<Object[]> tasks = new ArrayList<>();
        List<Object[]> groups = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            long jobKey = 2_251_799_813_685_248L + i;
            int kind = i % 100;
            String assignee = null;
            String group = null;
            if (kind < 75) {
                assignee = "member-" + (i % MEMBERS);
            } else if (kind < 76) {
                assignee = f.leader();
            } else if (kind < 95) {
                group = "coop:" + f.coopId() + ":leader";
            } else {
                group = "coop:" + f.coopId() + ":member";
            }
            int p = i % processes.length;
            Instant created = now.minus(i % 90, ChronoUnit.DAYS).minusSeconds(i % 86_400);
            Timestamp due =
                    i % 10 == 0 ? null : Timestamp.from(created.plus(1 + i % 14, ChronoUnit.DAYS));
            tasks.add(
                    new Object[] {
                        jobKey,
                        jobKey / 10,
                        processes[p],
                        elements[p],
                        forms[p],
                        assignee,
                        processes[p] + "-" + i,
                        f.coopId(),
                        due,
                        Timestamp.from(created),
                        Timestamp.from(now.plus(7, ChronoUnit.DAYS)),
                        "{\"coopId\":" + f.coopId() + ",\"voteId\":" + i + "}"
                    });
            if (group != null) {
                groups.add(new Object[] {jobKey, group});
            }
            if (tasks.size() == 1_000 || i == TASKS - 1) {
                jdbc.batchUpdate(
                        """
                        INSERT INTO task (job_key, process_instance_key, bpmn_process_id, element_id, form_key, assignee,
                          business_key, coop_id, due_at, created_at, job_deadline, variables, status, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', 0)""",
                        tasks);
                jdbc.batchUpdate(
                        "INSERT INTO task_candidate_group (job_key, group_name) VALUES (?, ?)",
                        groups);
                // What TaskInboxWorker's Tasks.showInLists writes per task, for the batch.
                jdbc.update(
                        """
                        INSERT INTO task_visibility (visible_to, due_order, created_at, job_key, coop_id, bpmn_process_id)
                        SELECT CONCAT('user:', t.assignee), COALESCE(t.due_at, '9999-12-31 23:59:59.999999'), t.created_at,
                               t.job_key, t.coop_id, t.bpmn_process_id
                          FROM task t WHERE t.job_key BETWEEN ? AND ? AND t.status = 'OPEN' AND t.assignee IS NOT NULL
                        UNION ALL
                        SELECT g.group_name, COALESCE(t.due_at, '9999-12-31 23:59:59.999999'), t.created_at,
                               t.job_key, t.coop_id, t.bpmn_process_id
                          FROM task_candidate_group g JOIN task t ON t.job_key = g.job_key
                         WHERE t.job_key BETWEEN ? AND ? AND t.status = 'OPEN'""",
                        (long) tasks.getFirst()[0],
                        jobKey,
                        (long) tasks.getFirst()[0],
                        jobKey);
                tasks.clear();
                groups.clear();
            }
        }
    }
}
