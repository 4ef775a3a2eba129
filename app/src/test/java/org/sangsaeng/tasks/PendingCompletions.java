package org.sangsaeng.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a completing transaction leaves when its node dies before the command is sent (or while it
 * is being sent): the task done and off the lists, its command pending with a lease that has run
 * out.
 */
public final class PendingCompletions {

    private PendingCompletions() {}

    /**
     * Leaves the task answered by {@code member} with this command, as {@code CompletionOutbox.add}
     * stores it: leased to its node for the first try, in doubt for whoever takes it over (the node
     * may have died before sending or while sending).
     */
    public static void leave(JdbcTemplate jdbc, long jobKey, String member, String variablesJson) {
        jdbc.update(
                "update task set status = 'COMPLETED', completed_by = ?, completed_at = now(6),"
                        + " version = version + 1 where job_key = ?",
                member,
                jobKey);
        jdbc.update("delete from task_visibility where job_key = ?", jobKey);
        jdbc.update(
                "insert into task_completion (job_key, variables, completed_by, created_at, state,"
                        + " attempts, in_doubt, lease_until) values (?, ?, ?, now(6), 'PENDING', 1,"
                        + " TRUE, now(6) - interval 1 minute)",
                jobKey,
                variablesJson,
                member);
    }

    /** The state of the task's completion command and how often it was claimed. */
    public static String stateOf(JdbcTemplate jdbc, long jobKey) {
        return jdbc.queryForObject(
                "select concat(state, '/', attempts) from task_completion where job_key = ?",
                String.class,
                jobKey);
    }

    /**
     * Waits until the answer is marked as not taken, and checks that its author is told in the app.
     */
    public static void awaitNotTaken(JdbcTemplate jdbc, long jobKey, Duration wait) {
        await().atMost(wait).until(() -> stateOf(jdbc, jobKey).startsWith("NOT_TAKEN/"));
        assertThat(
                        jdbc.queryForObject(
                                "select status from task where job_key = ?", String.class, jobKey))
                .isEqualTo("NOT_TAKEN");
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from notification where dedup_key = ?",
                                Integer.class,
                                "task-not-taken:" + jobKey))
                .as("told in the app")
                .isEqualTo(1);
    }

    /** The process instance the task belongs to. */
    public static long processInstanceOf(JdbcTemplate jdbc, long jobKey) {
        return jdbc.queryForObject(
                "select process_instance_key from task where job_key = ?", Long.class, jobKey);
    }
}
