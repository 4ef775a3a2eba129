package org.sangsaeng.voting;

/** The result of a vote, as flows continue with it. */
public record VoteClosed(long voteId, String subjectKey, Outcome outcome, int yes, int no, int abstain,
                         int electorate) {
}
