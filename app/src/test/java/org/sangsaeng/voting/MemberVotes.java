package org.sangsaeng.voting;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.sangsaeng.engine.ProcessEngine;

/** Starts the member-vote process the way a flow calls it: a vote of a co-op's members, closing in three days. */
public final class MemberVotes {

    private MemberVotes() {
    }

    /** Starts a vote under this subject (business key) and returns the process instance key. */
    public static long start(ProcessEngine engine, String subject, long coopId, String title, int quorumPercent,
                             boolean reasonRequiredForNo) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("coopId", coopId);
        variables.put("voteTitle", title);
        variables.put("voteDeadline", Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS).toString());
        variables.put("quorumPercent", quorumPercent);
        variables.put("approvalRule", "SIMPLE_MAJORITY");
        variables.put("reasonRequiredForNo", reasonRequiredForNo);
        return engine.start("member-vote", subject, variables);
    }
}
