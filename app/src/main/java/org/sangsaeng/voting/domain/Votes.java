package org.sangsaeng.voting.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Votes extends JpaRepository<Vote, Long>, BallotBox {

    Optional<Vote> findBySubjectKey(String subjectKey);

    /**
     * For closing: waits for the ballots being cast, and holds back new ones until the vote is
     * closed.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Vote v where v.id = :id")
    Optional<Vote> findForUpdate(@Param("id") long id);

    /**
     * For casting: any number of members vote at once, while nobody closes the vote (see {@link
     * #findForUpdate}).
     */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select v from Vote v where v.id = :id")
    Optional<Vote> findForBallot(@Param("id") long id);

    @Query(
            nativeQuery = true,
            value = "SELECT COUNT(*) FROM vote_voter WHERE vote_id = :voteId AND user_id = :userId")
    int isVoter(@Param("voteId") long voteId, @Param("userId") long userId);

    @Query(
            nativeQuery = true,
            value =
                    "SELECT u.username FROM vote_voter v JOIN app_user u ON u.id = v.user_id"
                            + " WHERE v.vote_id = :voteId ORDER BY u.username")
    List<String> electorateUsernames(@Param("voteId") long voteId);

    interface Count {
        String getChoice();

        int getVotes();
    }

    @Query(
            nativeQuery = true,
            value =
                    "SELECT choice AS choice, COUNT(*) AS votes FROM vote_ballot"
                            + " WHERE vote_id = :voteId AND current_marker = 1 GROUP BY choice")
    List<Count> currentCounts(@Param("voteId") long voteId);

    @Query(
            nativeQuery = true,
            value =
                    "SELECT choice FROM vote_ballot WHERE vote_id = :voteId AND user_id = :userId"
                            + " AND current_marker = 1")
    Optional<String> currentChoice(@Param("voteId") long voteId, @Param("userId") long userId);

    @Modifying
    @Query(
            nativeQuery = true,
            value =
                    "INSERT INTO vote_candidate (vote_id, user_id, position) VALUES (:voteId, :userId, :position)")
    void addCandidate(
            @Param("voteId") long voteId,
            @Param("userId") long userId,
            @Param("position") int position);

    interface CandidateCount {
        Long getCandidateId();

        int getVotes();
    }

    @Query(
            nativeQuery = true,
            value =
                    "SELECT candidate_id AS candidateId, COUNT(*) AS votes FROM vote_ballot"
                            + " WHERE vote_id = :voteId AND current_marker = 1 AND candidate_id IS NOT NULL GROUP BY candidate_id")
    List<CandidateCount> candidateCounts(@Param("voteId") long voteId);

    @Query(
            nativeQuery = true,
            value =
                    "SELECT candidate_id FROM vote_ballot WHERE vote_id = :voteId AND user_id = :userId"
                            + " AND current_marker = 1 AND candidate_id IS NOT NULL")
    Optional<Long> currentCandidate(@Param("voteId") long voteId, @Param("userId") long userId);
}
