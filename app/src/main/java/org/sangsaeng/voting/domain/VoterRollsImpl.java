package org.sangsaeng.voting.domain;

import java.util.Collection;
import org.springframework.jdbc.core.JdbcTemplate;

/** Found by its name as the implementation of {@link VoterRolls} for {@link Votes}. */
class VoterRollsImpl implements VoterRolls {

    private final JdbcTemplate jdbc;

    VoterRollsImpl(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addVoters(long voteId, Collection<Long> userIds) {
        jdbc.batchUpdate(
                "INSERT INTO vote_voter (vote_id, user_id) VALUES (?, ?)",
                userIds,
                userIds.size(),
                (statement, userId) -> {
                    statement.setLong(1, voteId);
                    statement.setLong(2, userId);
                });
    }
}
