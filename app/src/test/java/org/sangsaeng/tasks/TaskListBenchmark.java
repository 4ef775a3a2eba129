package org.sangsaeng.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.TestSystem;
import org.sangsaeng.bench.BenchReport;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.db.TestDatabase;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.tasks.domain.Tasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Not a test (the test command skips it): "my tasks" with 100,000 open tasks of one co-op in
 * MariaDB, as the REST API and the task grid ask for them (a count and a page of 50, the grid's
 * page size), for the co-op's leader (who sees the leaders' and members' group tasks) and for a
 * member. Measured at the service ({@link TaskInbox}), which is what the view's lazy data provider
 * calls.
 */
@SpringBootTest
// The next benchmark must not share the machine with this one's context (and broker).
@DirtiesContext
class TaskListBenchmark {

    static final int TASKS = Integer.getInteger("bench.tasks", 100_000);
    static final int MEMBERS = 1_000;
    static final int REPEATS = 20;
    static final int GRID_PAGE = 50;

    @DynamicPropertySource
    static void system(DynamicPropertyRegistry registry) {
        TestSystem.inMemoryEngine(registry, TestDatabase.newDatabase("bench"));
    }

    @Autowired TaskInbox inbox;
    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

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
                "insert the open tasks and their candidate groups (batches of 1,000)",
                BenchReport.s(BenchReport.secondsSince(t0)),
                "",
                BenchReport.count(TASKS) + " tasks, set-up");

        Fixtures.signIn(f.leader());
        long leaderSees = inbox.countMyTasks(TaskFilter.none());
        Fixtures.signIn(f.member());
        long memberSees = inbox.countMyTasks(TaskFilter.none());
        // As seeded: the leader has 1 % by name, the leaders' 19 % and the members' 5 %; the member
        // only
        // the members' 5 % (none of the 75 % is assigned to them). No task twice, none missed.
        assertThat(leaderSees).isEqualTo(TASKS / 100 * 25);
        assertThat(memberSees).isEqualTo(TASKS / 100 * 5);

        measure(report, f.leader(), "leader (" + BenchReport.count(leaderSees) + " visible)");
        measure(report, f.member(), "member (" + BenchReport.count(memberSees) + " visible)");
        Fixtures.signIn(f.member());
        report.note(
                "How MariaDB runs the count (EXPLAIN of the same query in SQL, for the member): "
                        + plan(f.member(), List.of("coop:" + f.coopId() + ":member"))
                        + ".");
        report.note(
                "\"my tasks\" = `TaskInbox.countMyTasks` + `TaskInbox.myTasks(filter, 0, 50)`, which is what "
                        + "`GET /api/v1/tasks` and the task grid's lazy data provider (Vaadin Grid page size 50) call; "
                        + "measured at the service, without HTTP and rendering.");
        report.note(
                "Tasks: "
                        + BenchReport.count(TASKS)
                        + " open tasks of one co-op: 75 % assigned to one of "
                        + MEMBERS
                        + " members, 1 % to the leader, 19 % to the leaders' group, 5 % to the members' group; "
                        + "90 % have a due date.");
        report.write();
    }

    private void measure(BenchReport report, String user, String who) {
        Fixtures.signIn(user);
        report.time("count, " + who, REPEATS, () -> inbox.countMyTasks(TaskFilter.none()));
        report.time(
                "first page of " + GRID_PAGE + ", " + who,
                REPEATS,
                () -> inbox.myTasks(TaskFilter.none(), 0, GRID_PAGE));
        report.time(
                "grid's first request (count + page), " + who,
                REPEATS,
                () -> {
                    inbox.countMyTasks(TaskFilter.none());
                    return inbox.myTasks(TaskFilter.none(), 0, GRID_PAGE);
                });
        report.time(
                "filtered by process (member-vote), count + page, " + who,
                REPEATS,
                () -> {
                    TaskFilter votes = new TaskFilter(null, "member-vote");
                    inbox.countMyTasks(votes);
                    return inbox.myTasks(votes, 0, GRID_PAGE);
                });
    }

    /**
     * How MariaDB runs {@code Tasks.countOpenVisible}: its own SQL, with the parameters filled in.
     */
    private String plan(String username, List<String> groups) {
        String in = String.join(", ", groups.stream().map(g -> "'" + g + "'").toList());
        String sql =
                Tasks.VISIBLE_OPEN_KEYS
                        .replace(":username", "'" + username + "'")
                        .replace(":groups", in)
                        .replace(":coopId", "NULL")
                        .replace(":processId", "NULL");
        return jdbc.queryForList("EXPLAIN SELECT COUNT(*) FROM (" + sql + ") v").stream()
                .map(
                        r ->
                                r.get("table")
                                        + ": "
                                        + r.get("type")
                                        + " on "
                                        + r.get("key")
                                        + ", ~"
                                        + r.get("rows")
                                        + " rows"
                                        + (r.get("Extra") == null
                                                ? ""
                                                : " (" + r.get("Extra") + ")"))
                .collect(java.util.stream.Collectors.joining("; "));
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
                        "Bench" + p + "Task",
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
                tasks.clear();
                groups.clear();
            }
        }
    }
}
