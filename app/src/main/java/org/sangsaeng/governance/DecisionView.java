package org.sangsaeng.governance;

import java.time.Instant;
import org.sangsaeng.voting.Outcome;

/** One entry of a co-op's decision log: what was decided, the counts and the turnout. */
public record DecisionView(
        long proposalId,
        String title,
        Outcome outcome,
        int yes,
        int no,
        int abstain,
        int electorate,
        int turnoutPercent,
        Integer adoptedRulesVersion,
        Instant decidedAt) {

    static int turnout(int yes, int no, int abstain, int electorate) {
        return electorate == 0 ? 0 : (int) Math.round((yes + no + abstain) * 100.0 / electorate);
    }
}
