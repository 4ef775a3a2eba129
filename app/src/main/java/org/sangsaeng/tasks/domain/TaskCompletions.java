package org.sangsaeng.tasks.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The command outbox of the task inbox ({@code task_completion}): one command per task, stored in
 * the transaction that stores the answer, claimed by one sender at a time. A claim raises {@code
 * attempts} and marks the row in doubt before the command leaves: whatever happens to the sender
 * afterwards, the next one knows that a try may have completed the job. A sender settles only the
 * row it claimed (the same {@code attempts}), so a sender that lost its lease changes nothing.
 */
@Repository
public class TaskCompletions {

    /** What a sender took: the command and whether an earlier try may already have done it. */
    public record Claimed(
            long jobKey, String variables, int attempt, boolean inDoubt, Instant leaseUntil) {}

    private final JdbcClient jdbc;

    TaskCompletions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the command already claimed, until {@code leaseUntil}, by the sender that runs after
     * this commit: its first try needs no claim of its own. The row says "in doubt" for whoever
     * takes it over once that lease has run out (the app may have died while sending); the first
     * try itself knows nothing was sent before it. Returns that first try's claim.
     */
    public Claimed add(
            long jobKey, String variables, String completedBy, Instant at, Instant leaseUntil) {
        jdbc.sql(
                        """
                INSERT INTO task_completion (job_key, variables, completed_by, created_at, state, attempts,
                                             in_doubt, lease_until)
                VALUES (?, ?, ?, ?, 'PENDING', 1, TRUE, ?)
                """)
                .params(jobKey, variables, completedBy, ts(at), ts(leaseUntil))
                .update();
        return new Claimed(jobKey, variables, 1, false, leaseUntil);
    }

    /**
     * Claims up to {@code limit} pending commands whose lease has run out, skipping those another
     * sender holds. Call it in a transaction of its own.
     */
    public List<Claimed> claimDue(Instant now, Instant leaseUntil, int limit) {
        return claim(
                "state = 'PENDING' AND lease_until <= ? ORDER BY lease_until LIMIT ?"
                        + " FOR UPDATE SKIP LOCKED",
                List.of(ts(now), limit),
                leaseUntil);
    }

    private List<Claimed> claim(String where, List<Object> params, Instant leaseUntil) {
        List<Claimed> found =
                jdbc.sql(
                                "SELECT job_key, variables, attempts, in_doubt FROM task_completion WHERE "
                                        + where)
                        .params(params)
                        .query(
                                (rs, n) ->
                                        new Claimed(
                                                rs.getLong(1),
                                                rs.getString(2),
                                                rs.getInt(3) + 1,
                                                rs.getBoolean(4),
                                                leaseUntil))
                        .list();
        for (Claimed c : found) {
            jdbc.sql(
                            """
                    UPDATE task_completion SET attempts = ?, in_doubt = TRUE, lease_until = ?
                     WHERE job_key = ?
                    """)
                    .params(c.attempt(), ts(leaseUntil), c.jobKey())
                    .update();
        }
        return found;
    }

    /** The broker took the command (or it counts as done: {@code note} says why). */
    public int done(Claimed c, Instant at, String note) {
        return settle(c, "DONE", at, note);
    }

    /** The broker no longer had the job, and no earlier try can have completed it. */
    public int notTaken(Claimed c, Instant at) {
        return settle(c, "NOT_TAKEN", at, "NOT_FOUND");
    }

    private int settle(Claimed c, String state, Instant at, String note) {
        return jdbc.sql(
                        """
                UPDATE task_completion SET state = ?, settled_at = ?, last_error = ?
                 WHERE job_key = ? AND state = 'PENDING' AND attempts = ?
                """)
                .params(state, ts(at), note, c.jobKey(), c.attempt())
                .update();
    }

    /**
     * The try failed without an answer about the job: tried again from {@code retryAt}. {@code
     * inDoubt} false only when the broker certainly did not take the command (back pressure).
     */
    public int retryLater(Claimed c, boolean inDoubt, Instant retryAt, String error) {
        return jdbc.sql(
                        """
                UPDATE task_completion SET in_doubt = ?, lease_until = ?, last_error = ?
                 WHERE job_key = ? AND state = 'PENDING' AND attempts = ?
                """)
                .params(
                        inDoubt,
                        ts(retryAt),
                        error == null ? null : error.substring(0, Math.min(500, error.length())),
                        c.jobKey(),
                        c.attempt())
                .update();
    }

    /**
     * How the engine ended a job, from the audit trail: COMPLETED, CANCELED or ERROR_THROWN; empty
     * while the job runs or before the exporter has written its end.
     */
    public Optional<String> endInTheEngine(long jobKey) {
        return jdbc.sql(
                        """
                SELECT intent FROM audit_record
                 WHERE value_type = 'JOB' AND intent IN ('COMPLETED', 'CANCELED', 'ERROR_THROWN')
                   AND record_key = ? AND record_type = 'EVENT'
                 LIMIT 1
                """)
                .params(jobKey)
                .query(String.class)
                .optional();
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }
}
