package org.sangsaeng.voting;

import java.util.Map;

/**
 * The result of a vote, as flows continue with it. An election (a vote with candidates) is PASSED
 * when one candidate has more votes than each other and the quorum is reached ({@code elected}
 * names them), FAILED on a tie; {@code candidateVotes} are the votes per candidate's username.
 */
public record VoteClosed(
        long voteId,
        String subjectKey,
        Outcome outcome,
        int yes,
        int no,
        int abstain,
        int electorate,
        String elected,
        Map<String, Integer> candidateVotes) {

    public VoteClosed {
        candidateVotes = candidateVotes == null ? Map.of() : Map.copyOf(candidateVotes);
    }
}
