package org.sangsaeng.voting.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Found by its name as the implementation of {@link BallotBox} for {@link Votes}. */
class BallotBoxImpl implements BallotBox {

    private final JdbcTemplate jdbc;

    BallotBoxImpl(JdbcTemplate jdbc) {
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

    @Override
    public int lockVoter(long voteId, long userId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM vote_voter WHERE vote_id = ? AND user_id = ? FOR UPDATE",
                Integer.class,
                voteId,
                userId);
    }

    @Override
    public List<Long> candidateIds(long voteId) {
        return jdbc.queryForList(
                "SELECT user_id FROM vote_candidate WHERE vote_id = ? ORDER BY position",
                Long.class,
                voteId);
    }

    @Override
    public int replaceCurrent(long voteId, long userId) {
        return jdbc.update(
                "UPDATE vote_ballot SET current_marker = NULL"
                        + " WHERE vote_id = ? AND user_id = ? AND current_marker = 1",
                voteId,
                userId);
    }

    @Override
    public void addBallot(
            long voteId,
            long userId,
            String choice,
            Long candidateId,
            String reason,
            Instant castAt) {
        jdbc.update(
                "INSERT INTO vote_ballot (vote_id, user_id, choice, candidate_id, reason, cast_at,"
                        + " current_marker) VALUES (?, ?, ?, ?, ?, ?, 1)",
                voteId,
                userId,
                choice,
                candidateId,
                reason,
                // The column holds UTC, as Hibernate writes it (hibernate.jdbc.time_zone).
                LocalDateTime.ofInstant(castAt, ZoneOffset.UTC));
    }
}
