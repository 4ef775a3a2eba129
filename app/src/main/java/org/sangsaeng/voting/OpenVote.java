package org.sangsaeng.voting;

import java.time.Instant;
import java.util.List;

/**
 * What a flow asks for when it puts something to its co-op's members. With {@code candidates}
 * (usernames of members who stand) the vote elects one of them instead of deciding YES or NO.
 */
public record OpenVote(
        String subjectKey,
        long coopId,
        String title,
        Instant deadline,
        VoteRules rules,
        List<String> candidates) {

    public OpenVote {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /** A YES / NO / ABSTAIN vote. */
    public OpenVote(
            String subjectKey, long coopId, String title, Instant deadline, VoteRules rules) {
        this(subjectKey, coopId, title, deadline, rules, List.of());
    }

    public boolean elects() {
        return !candidates.isEmpty();
    }
}
