package org.sangsaeng.voting;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.awaitility.Awaitility;
import org.sangsaeng.Fixtures;
import org.sangsaeng.engine.ProcessEngine;
import org.sangsaeng.tasks.TaskDetails;
import org.sangsaeng.tasks.TaskFilter;
import org.sangsaeng.tasks.TaskInbox;

/**
 * Starts the member-vote process the way a flow calls it: a vote of a co-op's members, closing in
 * three days.
 */
public final class MemberVotes {

    private MemberVotes() {}

    /** Signs the member in and waits for their (first) vote task. */
    public static TaskDetails awaitVoteTask(TaskInbox inbox, String member) {
        Fixtures.signIn(member);
        TaskFilter votes = new TaskFilter(null, "member-vote");
        Awaitility.await()
                .pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(() -> !inbox.myTasks(votes, 0, 50).isEmpty());
        return inbox.myTasks(votes, 0, 50).getFirst();
    }

    /** Starts a vote under this subject (business key) and returns the process instance key. */
    public static long start(
            ProcessEngine engine,
            String subject,
            long coopId,
            String title,
            int quorumPercent,
            boolean reasonRequiredForNo) {
        return start(
                engine,
                subject,
                coopId,
                title,
                quorumPercent,
                reasonRequiredForNo,
                Instant.now().plus(Duration.ofDays(3)),
                Duration.ofHours(24));
    }

    /**
     * A vote closing at {@code deadline} that reminds who has not voted {@code reminderLead} before
     * it.
     */
    public static long start(
            ProcessEngine engine,
            String subject,
            long coopId,
            String title,
            int quorumPercent,
            boolean reasonRequiredForNo,
            Instant deadline,
            Duration reminderLead) {
        return engine.start(
                "member-vote",
                subject,
                variables(
                        coopId, title, quorumPercent, reasonRequiredForNo, deadline, reminderLead));
    }

    /** The variables a flow passes to the vote it calls, by simple majority. */
    public static Map<String, Object> variables(
            long coopId,
            String title,
            int quorumPercent,
            boolean reasonRequiredForNo,
            Instant deadline,
            Duration reminderLead) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("coopId", coopId);
        variables.put("voteTitle", title);
        variables.put("voteDeadline", deadline.truncatedTo(ChronoUnit.SECONDS).toString());
        variables.put("reminderLead", reminderLead.toString());
        variables.put("quorumPercent", quorumPercent);
        variables.put("approvalRule", "SIMPLE_MAJORITY");
        variables.put("reasonRequiredForNo", reasonRequiredForNo);
        return variables;
    }
}
