package org.sangsaeng.voting.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The electorate and the ballots, in plain SQL: a custom part of {@link Votes}. Every ballot runs
 * these, so they skip the query methods' translation and binding (in a profile of the vote burst
 * the ballot's share of the request threads' CPU fell from 15.8 % to 9.6 %). Each statement goes to
 * the database at once; the session holds no change of these rows for a flush to order.
 */
public interface BallotBox {

    /**
     * The choice a ballot for a candidate stores (with the candidate's id); not one of {@code
     * Choice}.
     */
    String CANDIDATE = "CANDIDATE";

    /**
     * Adds the members to the vote's electorate in one batch (one round trip to the database,
     * whatever the co-op's size).
     */
    void addVoters(long voteId, Collection<Long> userIds);

    /**
     * 1 if the user may vote, 0 if not; locks their place in the electorate, so that two ballots
     * one member casts at once are taken one after the other and one of them counts.
     */
    int lockVoter(long voteId, long userId);

    /** The candidates' ids, in the order the flow named them; empty for a YES / NO vote. */
    List<Long> candidateIds(long voteId);

    /** The member's current ballot no longer counts (it stays in the history). */
    int replaceCurrent(long voteId, long userId);

    /** Stores the member's ballot as their current one. */
    void addBallot(
            long voteId,
            long userId,
            String choice,
            Long candidateId,
            String reason,
            Instant castAt);
}
