package org.sangsaeng.voting.domain;

import java.util.Collection;

/** Writes a vote's electorate: a custom part of {@link Votes}. */
public interface VoterRolls {

    /**
     * Adds the members to the vote's electorate in one batch (one round trip to the database,
     * whatever the co-op's size).
     */
    void addVoters(long voteId, Collection<Long> userIds);
}
