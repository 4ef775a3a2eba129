package org.sangsaeng.voting;

import java.time.Instant;

/** What a flow asks for when it puts something to its co-op's members. */
public record OpenVote(String subjectKey, long coopId, String title, Instant deadline, VoteRules rules) {
}
