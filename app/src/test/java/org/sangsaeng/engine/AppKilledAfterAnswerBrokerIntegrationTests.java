package org.sangsaeng.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.TestSystem;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.db.FreePorts;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.ApiTokenService;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.tasks.PendingCompletions;
import org.sangsaeng.tasks.TaskDetails;
import org.sangsaeng.tasks.TaskInbox;
import org.sangsaeng.voting.MemberVotes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Fault: the app is killed (SIGKILL) after a member's answer committed and before its command
 * reached the broker. The member answers through an app node of its own JVM whose connection to the
 * broker is held (a {@link HoldingProxy}), so its send cannot get through: the answer still returns
 * at once. The node is killed, and the app started again sends the command left in the outbox,
 * once: the vote counts every member once and closes. The test's own node answers for the others
 * and runs the workers, but never takes over left commands, so that only the restart can send it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AppKilledAfterAnswerBrokerIntegrationTests {

    static final Duration WAIT = Duration.ofMinutes(3);

    @DynamicPropertySource
    static void system(DynamicPropertyRegistry registry) {
        TestSystem.managedBroker(registry);
        registry.add("sangsaeng.notifications.dispatch-interval", () -> "PT1H");
        registry.add("sangsaeng.tasks.completion.retry-delay", () -> "PT24H");
    }

    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired ProcessEngine engine;
    @Autowired TaskInbox inbox;
    @Autowired ApiTokenService tokens;
    @Autowired JdbcTemplate jdbc;
    @Autowired Environment env;

    final List<Process> nodes = new ArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stopNodes() {
        Fixtures.signOut();
        nodes.forEach(Process::destroyForcibly);
    }

    @Test
    void anAnswerWhoseNodeWasKilledBeforeSendingReachesTheEngineOnceAfterTheRestart()
            throws Exception {
        Fixtures f = Fixtures.create(accounts, coops);
        List<String> others = new ArrayList<>(List.of(f.leader()));
        others.addAll(f.addMembers(accounts, 1, "answer", "조합원", BusinessType.FRUIT, "가게"));
        String subject = "killed-answer-" + UUID.randomUUID();
        long instance = MemberVotes.start(engine, subject, f.coopId(), "공동 택배함 설치", 50, false);
        TaskDetails task = MemberVotes.awaitVoteTask(inbox, f.member());
        Fixtures.signOut();
        long voteId =
                jdbc.queryForObject(
                        "SELECT id FROM vote WHERE subject_key = ?", Long.class, subject);

        int port = FreePorts.one();
        try (HoldingProxy proxy =
                new HoldingProxy(
                        env.getRequiredProperty(
                                "sangsaeng.engine.managed.gateway-port", Integer.class))) {
            Process doomed =
                    startNode(
                            "doomed",
                            Map.of(
                                    "sangsaeng.engine.grpc-address",
                                    "http://127.0.0.1:" + proxy.port(),
                                    "sangsaeng.engine.workers",
                                    "false",
                                    "sangsaeng.tasks.completion.lease",
                                    "PT10S",
                                    "server.port",
                                    Integer.toString(port)));
            proxy.hold();

            // The member answers on the node: stored with its command, answered at once, though
            // nothing the node sends reaches the broker now.
            HttpResponse<String> answer = vote(port, task.id(), f.member());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.body()).contains("\"status\":\"COMPLETED\"");
            assertThat(ballotsOf(voteId, f.member())).isOne();
            assertThat(PendingCompletions.stateOf(jdbc, task.id())).isEqualTo("PENDING/1");

            doomed.destroyForcibly().waitFor();
        }
        assertThat(PendingCompletions.stateOf(jdbc, task.id()))
                .as("the killed node sent nothing, and nobody has taken its command over")
                .isEqualTo("PENDING/1");
        assertThat(jobCompletions(task.id())).isZero();

        for (String member : others) {
            TaskDetails t = MemberVotes.awaitVoteTask(inbox, member);
            inbox.complete(t.id(), Map.of("choice", "YES"));
        }
        assertThat(voteStatus(voteId)).as("waiting for the killed node's answer").isEqualTo("OPEN");

        startNode("restarted", Map.of());
        await().atMost(WAIT)
                .until(() -> PendingCompletions.stateOf(jdbc, task.id()).equals("DONE/2"));
        await().atMost(WAIT).until(() -> "CLOSED".equals(voteStatus(voteId)));

        assertThat(
                        jdbc.queryForMap(
                                "SELECT yes_count, electorate_size FROM vote WHERE id = ?", voteId))
                .containsEntry("yes_count", 3)
                .containsEntry("electorate_size", 3);
        assertThat(ballotsOf(voteId, f.member())).isOne();
        await().atMost(WAIT).until(() -> jobCompletions(task.id()) == 1);
        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(*) FROM audit_record WHERE value_type = 'JOB'"
                                        + " AND record_type = 'EVENT' AND intent = 'COMPLETED'"
                                        + " AND process_instance_key = ? AND element_id = 'CastVoteTask'",
                                Integer.class,
                                instance))
                .as("every member's vote task completed once")
                .isEqualTo(3);
    }

    private HttpResponse<String> vote(int port, long taskId, String member) throws Exception {
        return http.send(
                HttpRequest.newBuilder(
                                URI.create(
                                        "http://127.0.0.1:"
                                                + port
                                                + "/api/v1/tasks/"
                                                + taskId
                                                + "/complete"))
                        .header("Authorization", "Bearer " + tokens.issue(member).token())
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"choice\":\"YES\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int ballotsOf(long voteId, String member) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM vote_ballot b JOIN app_user u ON u.id = b.user_id"
                        + " WHERE b.vote_id = ? AND u.username = ?",
                Integer.class,
                voteId,
                member);
    }

    private String voteStatus(long voteId) {
        return jdbc.queryForObject("SELECT status FROM vote WHERE id = ?", String.class, voteId);
    }

    /** How often the audit trail saw this job completed. */
    private int jobCompletions(long jobKey) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_record WHERE value_type = 'JOB' AND record_type = 'EVENT'"
                        + " AND intent = 'COMPLETED' AND record_key = ?",
                Integer.class,
                jobKey);
    }

    private Process startNode(String name, Map<String, String> overrides) throws Exception {
        Process node =
                AppNode.start(env, name, System.getProperty("java.class.path"), overrides, WAIT);
        nodes.add(node);
        return node;
    }
}
