package org.sangsaeng.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.CoopTest;
import org.sangsaeng.Fixtures;
import org.sangsaeng.engine.ProcessEngine;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.tasks.process.CompletionOutbox;
import org.sangsaeng.voting.Choice;
import org.sangsaeng.voting.MemberVotes;
import org.sangsaeng.voting.Outcome;
import org.sangsaeng.voting.VoteClosed;
import org.sangsaeng.voting.VoteService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The command outbox of the task inbox ({@link CompletionOutbox}) on the in-memory engine and a
 * real MariaDB: an answer is stored with its completion command and returns at once, the command
 * reaches the engine once, a command the engine refuses for good leaves the answer not taken, and
 * commands left behind by a node that died are sent once, whoever races for them.
 */
class TaskCompletionOutboxIntegrationTests extends CoopTest {

    @Autowired ProcessEngine engine;
    @Autowired CamundaClient camunda;
    @Autowired TaskInbox inbox;
    @Autowired VoteService votes;
    @Autowired CompletionOutbox outbox;

    List<String> electorate;
    String subject;
    long voteId;

    @BeforeEach
    void givenAVoteOfFiveMembersWithTheirTasks() {
        electorate = new ArrayList<>(List.of(f.leader(), f.member()));
        electorate.addAll(f.addMembers(accounts, 3, "voter", "조합원", BusinessType.FRUIT, "가게"));
        subject = "test-vote-" + UUID.randomUUID();
        MemberVotes.start(engine, subject, f.coopId(), "밀가루 공동구매 (20kg 40포대)", 60, false);
        electorate.forEach(this::voteTaskOf);
        voteId =
                jdbc.queryForObject(
                        "select id from vote where subject_key = ?", Long.class, subject);
    }

    @Test
    void theAnswerReturnsWithTheTaskDoneAndItsCommandReachesTheEngineOnce() {
        TaskDetails task = voteTaskOf(f.member());

        TaskDetails done = inbox.complete(task.id(), Map.of("choice", "YES"));

        assertThat(done.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(done.completedBy()).isEqualTo(f.member());
        assertThat(inbox.myTasks(new TaskFilter(null, "member-vote"), 0, 50)).isEmpty();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "DONE/1".equals(PendingCompletions.stateOf(jdbc, task.id())));
        assertThat(votes.get(voteId).myChoice()).isEqualTo(Choice.YES);
    }

    @Test
    void anAnswerTheEngineRefusesForGoodIsNotTakenItsBallotDoesNotCountAndTheMemberIsTold() {
        TaskDetails task = voteTaskOf(f.member());
        // The process moves on before the answer reaches it (cancelled here, as a flow does).
        camunda.newCancelInstanceCommand(processInstanceOf(task.id())).send().join();

        TaskDetails saved = inbox.complete(task.id(), Map.of("choice", "YES"));

        assertThat(saved.status())
                .as("saved at once, as far as the member can tell")
                .isEqualTo(TaskStatus.COMPLETED);
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(() -> inbox.get(task.id()).status() == TaskStatus.NOT_TAKEN);
        assertThat(PendingCompletions.stateOf(jdbc, task.id())).isEqualTo("NOT_TAKEN/1");
        assertThat(votes.get(voteId).myChoice()).as("the ballot no longer counts").isNull();
        assertThat(votes.get(voteId).voted()).isZero();
        assertThat(
                        jdbc.queryForObject(
                                """
                select count(*) from notification n join app_user u on u.id = n.recipient_id
                 where u.username = ? and n.dedup_key = ? and n.link = ?
                """,
                                Integer.class,
                                f.member(),
                                "task-not-taken:" + task.id(),
                                "tasks/" + task.id()))
                .as("the member is told in the app")
                .isEqualTo(1);
        VoteClosed closed = votes.close(voteId);
        assertThat(List.of(closed.yes(), closed.no(), closed.abstain())).containsExactly(0, 0, 0);
        assertThat(closed.outcome()).isEqualTo(Outcome.NO_QUORUM);
    }

    @Test
    void aCommandLeftPendingByANodeThatDiedIsSentOnceAndTheProcessMovesOn() {
        // Given answers committed with their commands by a node killed before it sent them
        for (String member : electorate) {
            PendingCompletions.leave(
                    jdbc, voteTaskOf(member).id(), member, "{\"completedBy\":\"" + member + "\"}");
        }

        // When the senders of the running nodes find them (here: the scheduled one, and two more
        // racing it as two other nodes would)
        CompletableFuture<?> a = CompletableFuture.runAsync(outbox::sendDue);
        CompletableFuture<?> b = CompletableFuture.runAsync(outbox::sendDue);
        a.join();
        b.join();

        // Then each command is sent once, and the vote closes as every member has answered
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                jdbc.queryForObject(
                                                "select count(*) from task_completion c join task t"
                                                        + " on t.job_key = c.job_key where t.business_key = ?"
                                                        + " and c.state = 'DONE' and c.attempts = 2",
                                                Integer.class,
                                                subject)
                                        == electorate.size());
        Fixtures.signIn(f.leader());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(() -> !votes.get(voteId).open());
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from task t where t.business_key = ? and t.status <> 'COMPLETED'",
                                Integer.class,
                                subject))
                .isZero();
    }

    private TaskDetails voteTaskOf(String member) {
        return MemberVotes.awaitVoteTask(inbox, member);
    }

    private long processInstanceOf(long jobKey) {
        return jdbc.queryForObject(
                "select process_instance_key from task where job_key = ?", Long.class, jobKey);
    }
}
