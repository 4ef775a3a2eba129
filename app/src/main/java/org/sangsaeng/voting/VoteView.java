package org.sangsaeng.voting;

import java.time.Instant;
import java.util.List;

/**
 * A vote as members and the leader see it: live turnout while open, the result once closed. How
 * each member voted is secret; only the signed-in member's own choice is included. An election
 * lists its candidates; a ballot for one of them is {@code myCandidate} (with no {@code myChoice}),
 * and {@code elected} names the winner once it has closed.
 */
public record VoteView(
        long id,
        long coopId,
        String title,
        Instant deadline,
        boolean open,
        int electorate,
        int voted,
        int quorumNeeded,
        Integer yes,
        Integer no,
        Integer abstain,
        Outcome outcome,
        Choice myChoice,
        boolean canVote,
        VoteRules rules,
        List<Candidate> candidates,
        String myCandidate,
        String elected) {

    public int turnoutPercent() {
        return electorate == 0 ? 0 : voted * 100 / electorate;
    }

    public boolean elects() {
        return !candidates.isEmpty();
    }
}
