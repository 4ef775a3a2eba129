package org.sangsaeng;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds a row's process instance and reads from the audit trail how far it went: for the tests on a
 * real broker, whose steps run while the test waits.
 */
public final class ProcessInstances {

    private ProcessInstances() {}

    /**
     * The process instance key that the row {@code id} of the table (purchase, coupon, job_post,
     * ...) keeps.
     */
    public static long of(JdbcTemplate jdbc, String table, long id) {
        return jdbc.queryForObject(
                "SELECT process_instance_key FROM " + table + " WHERE id = ?", Long.class, id);
    }

    /** Waits until the audit trail shows the element of the instance completed, once. */
    public static void awaitCompleted(
            JdbcTemplate jdbc, long instance, String elementId, Duration wait) {
        await().atMost(wait)
                .until(
                        () ->
                                jdbc.queryForObject(
                                                "SELECT COUNT(*) FROM audit_record WHERE process_instance_key = ?"
                                                        + " AND element_id = ? AND intent = 'ELEMENT_COMPLETED'",
                                                Integer.class,
                                                instance,
                                                elementId)
                                        == 1);
    }
}
