package org.sangsaeng.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.OwnDatabaseTest;
import org.sangsaeng.membership.ApiTokenService;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.voting.MemberVotes;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Fault: MariaDB stops while members vote over the REST API and starts again. Meanwhile every
 * request is answered at once with 503 "try again" (never 401 for a right password, never a hang or
 * a 500) and writes nothing; afterwards the same requests succeed, each member's ballot is stored
 * once and the vote closes with every ballot counted. The app has a MariaDB server of its own here,
 * so that stopping it disturbs no other test.
 */
class DatabaseRestartIntegrationTests extends OwnDatabaseTest {

    @Autowired ApiTokenService tokens;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void whileMariaDbRestartsMembersAreToldToTryAgainAndNoBallotIsLostOrDoubled() throws Exception {
        Fixtures f = Fixtures.create(accounts, coops);
        List<String> members = new ArrayList<>(List.of(f.leader(), f.member()));
        members.addAll(f.addMembers(accounts, 3, "restart", "조합원", BusinessType.FRUIT, "가게"));
        String subject = startVote(f.coopId());
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                jdbc.queryForObject(
                                                "SELECT COUNT(*) FROM task"
                                                        + " WHERE business_key = ? AND status = 'OPEN'",
                                                Integer.class,
                                                subject)
                                        == members.size());
        long voteId =
                jdbc.queryForObject(
                        "SELECT id FROM vote WHERE subject_key = ?", Long.class, subject);
        Map<String, Long> taskOf = new HashMap<>();
        Map<String, String> tokenOf = new HashMap<>();
        for (String m : members) {
            taskOf.put(
                    m,
                    jdbc.queryForObject(
                            "SELECT job_key FROM task WHERE business_key = ? AND assignee = ?",
                            Long.class,
                            subject,
                            m));
            tokenOf.put(m, tokens.issue(m).token());
        }

        // Two members vote before the outage.
        for (String m : members.subList(0, 2)) {
            assertThat(vote(taskOf.get(m), tokenOf.get(m)).statusCode()).isEqualTo(200);
        }

        stopDatabase();
        String third = members.get(2);
        long asked = System.nanoTime();
        HttpResponse<String> refused = vote(taskOf.get(third), tokenOf.get(third));
        Duration answeredIn = Duration.ofNanos(System.nanoTime() - asked);
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.body()).contains("error.service.unavailable", "try again");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(answeredIn)
                .as("answered within the connection timeout, not hanging")
                .isLessThan(Duration.ofSeconds(20));
        HttpResponse<String> byPassword =
                send("GET", "/api/v1/me", BasicAuth.of(members.get(3)), null);
        assertThat(byPassword.statusCode())
                .as("a right password while the database is down")
                .isEqualTo(503);
        assertThat(
                        send("GET", "/api/v1/tasks", "Bearer " + tokenOf.get(members.get(4)), null)
                                .statusCode())
                .isEqualTo(503);

        startDatabase();
        // The pool tries again every few seconds (backing off to 5 s while the server was away).
        long restarted = System.nanoTime();
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> jdbc.queryForObject("SELECT 1", Integer.class) == 1);
        System.out.printf(
                "The app's pool reached the restarted database after %d ms%n",
                (System.nanoTime() - restarted) / 1_000_000);

        // Nothing of the refused vote was kept: no ballot, the task still open (and still in the
        // engine, see below).
        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(*) FROM vote_ballot WHERE vote_id = ?",
                                Integer.class,
                                voteId))
                .isEqualTo(2);
        assertThat(
                        jdbc.queryForObject(
                                "SELECT status FROM task WHERE job_key = ?",
                                String.class,
                                taskOf.get(third)))
                .isEqualTo("OPEN");
        // The same request again: 503 while the pool reconnects, then it succeeds.
        List<Integer> answers = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> {
                            answers.add(vote(taskOf.get(third), tokenOf.get(third)).statusCode());
                            return answers.getLast() == 200;
                        });
        assertThat(answers).allMatch(s -> s == 200 || s == 503);
        for (String m : members.subList(3, 5)) {
            assertThat(vote(taskOf.get(m), tokenOf.get(m)).statusCode()).isEqualTo(200);
        }
        assertThat(send("GET", "/api/v1/me", BasicAuth.of(members.get(3)), null).statusCode())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                "CLOSED"
                                        .equals(
                                                jdbc.queryForObject(
                                                        "SELECT status FROM vote WHERE id = ?",
                                                        String.class,
                                                        voteId)));
        assertThat(
                        jdbc.queryForObject(
                                "SELECT yes_count FROM vote WHERE id = ?", Integer.class, voteId))
                .as("every member's ballot counted once")
                .isEqualTo(members.size());
        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(*) FROM vote_ballot WHERE vote_id = ?",
                                Integer.class,
                                voteId))
                .isEqualTo(members.size());
        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(DISTINCT user_id) FROM vote_ballot WHERE vote_id = ?",
                                Integer.class,
                                voteId))
                .isEqualTo(members.size());
        assertThat(
                        jdbc.queryForList(
                                "SELECT DISTINCT status FROM task WHERE business_key = ?",
                                String.class,
                                subject))
                .containsExactly("COMPLETED");
    }

    private String startVote(long coopId) {
        String subject = "restart-vote-" + UUID.randomUUID();
        MemberVotes.start(engine, subject, coopId, "공동 간판 교체", 50, false);
        return subject;
    }

    private HttpResponse<String> vote(long taskId, String token) throws Exception {
        return send(
                "POST",
                "/api/v1/tasks/" + taskId + "/complete",
                "Bearer " + token,
                "{\"choice\":\"YES\"}");
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body)
            throws Exception {
        return http.send(
                LocalHttp.json(port, method, path, body)
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", authorization)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
