package org.sangsaeng.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.TestSystem;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.voting.MemberVotes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Fault: an app node is killed (SIGKILL) while its worker holds a job. The test's own node runs the
 * broker and serves requests but no job workers; a second node, a JVM of its own, takes the job
 * that opens a vote and is held inside its work (the test keeps the vote table locked), then is
 * killed. A third node started after it gets the job once its timeout has passed: the vote is
 * opened once, every member gets one vote task, and the audit trail shows the job timed out on the
 * killed node and completed once, by the survivor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AppKilledMidJobBrokerIntegrationTests {

    static final Duration WAIT = Duration.ofMinutes(3);

    @DynamicPropertySource
    static void system(DynamicPropertyRegistry registry) {
        TestSystem.managedBroker(registry);
        registry.add("sangsaeng.engine.workers", () -> "false");
        registry.add("sangsaeng.notifications.dispatch-interval", () -> "PT1H");
    }

    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired Environment env;

    final List<Process> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(Process::destroyForcibly);
    }

    @Test
    void aJobHeldByAKilledNodeIsDoneOnceByAnother() throws Exception {
        Fixtures f = Fixtures.create(accounts, coops);
        f.addMembers(accounts, 2, "kill", "조합원", BusinessType.FRUIT, "가게");
        int electorate = 4;
        Process doomed = startNode("doomed");
        String subject = "kill-vote-" + UUID.randomUUID();
        long instance;
        try (Connection lock = dataSource.getConnection();
                Statement st = lock.createStatement()) {
            // Whoever opens the vote waits here, inside its job, until this connection lets go.
            st.execute("LOCK TABLES vote WRITE");
            instance = MemberVotes.start(engine, subject, f.coopId(), "공동 택배함 설치", 50, false);
            await().atMost(WAIT)
                    .until(
                            () ->
                                    jdbc.queryForObject(
                                                    "SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                                                            + " WHERE STATE LIKE 'Waiting for table metadata lock%' AND INFO LIKE '%vote%'",
                                                    Integer.class)
                                            > 0);
            await().atMost(WAIT).until(() -> jobEvents(instance).contains("CREATED"));

            doomed.destroyForcibly().waitFor();
            st.execute("UNLOCK TABLES");
        }
        long killed = System.nanoTime();
        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(*) FROM vote WHERE subject_key = ?",
                                Integer.class,
                                subject))
                .as("the killed node's work was rolled back with its connection")
                .isZero();

        startNode("survivor");
        await().atMost(WAIT)
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () ->
                                jdbc.queryForObject(
                                                "SELECT COUNT(*) FROM task WHERE business_key = ? AND status = 'OPEN'",
                                                Integer.class,
                                                subject)
                                        == electorate);
        long tasksOpen = System.nanoTime();

        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(*) FROM vote WHERE subject_key = ?",
                                Integer.class,
                                subject))
                .isOne();
        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(*) FROM vote_voter v JOIN vote x ON x.id = v.vote_id"
                                        + " WHERE x.subject_key = ?",
                                Integer.class,
                                subject))
                .isEqualTo(electorate);
        await().atMost(WAIT).until(() -> jobEvents(instance).contains("COMPLETED"));
        List<String> events = jobEvents(instance);
        assertThat(events)
                .as("timed out on the killed node, then completed once")
                .containsSubsequence("TIMED_OUT", "COMPLETED");
        assertThat(events.stream().filter("COMPLETED"::equals)).hasSize(1);
        assertThat(
                        jdbc.queryForObject(
                                """
                SELECT value_json FROM audit_record WHERE value_type = 'JOB' AND intent = 'COMPLETED'
                   AND process_instance_key = ? AND element_id = 'OpenVoteTask'""",
                                String.class,
                                instance))
                .contains("@survivor");
        System.out.printf(
                "App node killed: the job was done once by the survivor, every vote task open %d ms later%n",
                (tasksOpen - killed) / 1_000_000);
    }

    /** What happened to the job that opens the vote (the service task OpenVoteTask), in order. */
    private List<String> jobEvents(long instance) {
        return jdbc.queryForList(
                """
                SELECT intent FROM audit_record WHERE value_type = 'JOB' AND record_type = 'EVENT'
                   AND process_instance_key = ? AND element_id = 'OpenVoteTask' ORDER BY partition_id, position""",
                String.class,
                instance);
    }

    /**
     * Another app node in a JVM of its own, on this test's broker and database, with its workers.
     */
    private Process startNode(String name) throws IOException {
        Process node = AppNode.start(env, name, System.getProperty("java.class.path"), WAIT);
        nodes.add(node);
        return node;
    }
}
