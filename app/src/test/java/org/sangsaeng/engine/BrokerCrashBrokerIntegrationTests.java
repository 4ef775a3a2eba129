package org.sangsaeng.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.BrokerIntegrationTest;
import org.sangsaeng.Fixtures;
import org.sangsaeng.purchase.FlourPurchase;
import org.sangsaeng.purchase.ProposalService;
import org.sangsaeng.purchase.PurchaseService;
import org.sangsaeng.purchase.Stage;
import org.sangsaeng.shared.DatabaseConnection;
import org.sangsaeng.shared.SangsaengHome;
import org.sangsaeng.tasks.MyTaskList;
import org.sangsaeng.tasks.PendingCompletions;
import org.sangsaeng.tasks.TaskDetails;
import org.sangsaeng.tasks.TaskStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fault: the broker is killed (SIGKILL) in the middle of a member vote and started again on the
 * same data. A vote cast while it is down is saved at once and its completion waits in the command
 * outbox; after the restart it reaches the engine, the process goes on, and every member's vote is
 * counted exactly once.
 */
class BrokerCrashBrokerIntegrationTests extends BrokerIntegrationTest {

    @Autowired ManagedBroker broker;
    @Autowired EngineProperties properties;
    @Autowired SangsaengHome home;
    @Autowired DatabaseConnection database;
    @Autowired PurchaseService purchases;
    @Autowired ProposalService proposals;

    ManagedBroker restarted;

    @AfterEach
    void stopRestartedBroker() {
        Fixtures.signOut();
        if (restarted != null) {
            restarted.close();
        }
    }

    @Test
    void aVoteGoesOnAfterTheBrokerIsKilledAndNoVoteIsLostOrDoubled() throws Exception {
        Fixtures f = Fixtures.create(accounts, coops);
        FlourPurchase flour = FlourPurchase.prepare(accounts, coops, f, 4);
        List<String> members = flour.members();
        long id = flour.propose(proposals, "설 대비 밀가루 공동구매");

        for (String m : members.subList(0, 3)) {
            vote(m);
        }
        assertThat(ballots(id)).isEqualTo(3);

        long pid = broker.pid().orElseThrow();
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.destroyForcibly();
        process.onExit().get();

        // While the engine is down a vote is saved at once: its completion waits in the outbox.
        TaskDetails waiting = voteTask(members.get(3));
        assertThat(inbox.complete(waiting.id(), Map.of("choice", "YES")).status())
                .isEqualTo(TaskStatus.COMPLETED);
        assertThat(ballots(id)).isEqualTo(4);
        assertThat(PendingCompletions.stateOf(jdbc, waiting.id())).startsWith("PENDING/");

        long restart = System.nanoTime();
        restarted = ManagedBroker.launch(properties, home, database);
        restarted.awaitReady(WAIT);
        long ready = System.nanoTime();
        for (String m : members.subList(4, members.size())) {
            vote(m);
        }
        await().atMost(WAIT)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> PendingCompletions.stateOf(jdbc, waiting.id()).startsWith("DONE/"));
        long voted = System.nanoTime();

        Fixtures.signIn(f.leader());
        await().atMost(WAIT)
                .pollInSameThread()
                .until(() -> purchases.get(id).stage() == Stage.ORDERING);
        System.out.printf(
                "Broker restart: ready after %d ms, the saved vote's completion sent %d ms later, the purchase"
                        + " ordering %d ms after that%n",
                (ready - restart) / 1_000_000,
                (voted - ready) / 1_000_000,
                (System.nanoTime() - voted) / 1_000_000);
        assertThat(ballots(id)).as("one ballot per member").isEqualTo(members.size());
        assertThat(
                        jdbc.queryForList(
                                """
                SELECT b.user_id FROM vote_ballot b JOIN vote v ON v.id = b.vote_id
                 WHERE v.subject_key = ? GROUP BY b.user_id HAVING COUNT(*) > 1""",
                                Long.class,
                                "group-purchase-" + id))
                .as("nobody counted twice")
                .isEmpty();
        assertThat(
                        jdbc.queryForObject(
                                "SELECT yes_count FROM vote WHERE subject_key = ?",
                                Integer.class,
                                "group-purchase-" + id))
                .isEqualTo(members.size());
    }

    private void vote(String member) {
        MyTaskList.complete(inbox, member, "member-vote", Map.of("choice", "YES"), WAIT);
    }

    private TaskDetails voteTask(String member) {
        return MyTaskList.awaitTask(inbox, member, "member-vote", WAIT);
    }

    private int ballots(long purchaseId) {
        return ballots(jdbc, purchaseId);
    }

    /** The ballots stored in the member vote of the purchase. */
    static int ballots(JdbcTemplate jdbc, long purchaseId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM vote_ballot b JOIN vote v ON v.id = b.vote_id"
                        + " WHERE v.subject_key = ?",
                Integer.class,
                "group-purchase-" + purchaseId);
    }
}
