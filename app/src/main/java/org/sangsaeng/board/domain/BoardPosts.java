package org.sangsaeng.board.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sangsaeng.board.PostKind;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BoardPosts extends JpaRepository<BoardPost, Long> {

    /**
     * A page of a co-op's board, pinned first, then newest, with comment and useful counts in the
     * same query.
     */
    @Query(
            """
            select p.id as id, p.coopId as coopId, p.kind as kind, p.title as title, p.authorId as authorId,
                   p.pinned as pinned, p.createdAt as createdAt,
                   (select count(c) from BoardComment c where c.postId = p.id) as comments,
                   (select count(m) from BoardUsefulMark m where m.postId = p.id) as usefulMarks
            from BoardPost p
            where p.coopId = :coopId and (:kind is null or p.kind = :kind)
              and (:text is null or lower(p.title) like :text escape '!' or lower(p.body) like :text escape '!')
            order by p.pinned desc, p.createdAt desc, p.id desc""")
    List<Row> page(
            @Param("coopId") long coopId,
            @Param("kind") PostKind kind,
            @Param("text") String text,
            Pageable page);

    @Query(
            """
            select count(p) from BoardPost p
            where p.coopId = :coopId and (:kind is null or p.kind = :kind)
              and (:text is null or lower(p.title) like :text escape '!' or lower(p.body) like :text escape '!')""")
    long count(
            @Param("coopId") long coopId, @Param("kind") PostKind kind, @Param("text") String text);

    interface Row {
        long getId();

        long getCoopId();

        PostKind getKind();

        String getTitle();

        Long getAuthorId();

        boolean isPinned();

        Instant getCreatedAt();

        long getComments();

        long getUsefulMarks();
    }

    boolean existsBySourceKey(String sourceKey);

    /** The notices these co-ops show on their market's public page, newest first. */
    List<BoardPost> findByCoopIdInAndPublicNoticeTrueOrderByCreatedAtDescIdDesc(
            java.util.Collection<Long> coopIds, Pageable page);

    List<BoardPost> findByCoopIdAndCreatedAtGreaterThanEqualOrderByCreatedAt(
            long coopId, Instant since);

    @Query(
            nativeQuery = true,
            value = "SELECT COUNT(*) FROM board_useful_mark WHERE post_id = :postId")
    int usefulMarks(@Param("postId") long postId);

    @Query(
            nativeQuery = true,
            value =
                    "SELECT COUNT(*) FROM board_useful_mark WHERE post_id = :postId AND user_id = :userId")
    int markedBy(@Param("postId") long postId, @Param("userId") long userId);

    @Modifying
    @Query(
            nativeQuery = true,
            value =
                    "INSERT IGNORE INTO board_useful_mark (post_id, user_id, marked_at)"
                            + " VALUES (:postId, :userId, :at)")
    int mark(@Param("postId") long postId, @Param("userId") long userId, @Param("at") Instant at);

    @Modifying
    @Query(
            nativeQuery = true,
            value = "DELETE FROM board_useful_mark WHERE post_id = :postId AND user_id = :userId")
    int unmark(@Param("postId") long postId, @Param("userId") long userId);

    @Query(
            nativeQuery = true,
            value =
                    "SELECT COUNT(*) FROM board_digest_subscription WHERE coop_id = :coopId AND user_id = :userId")
    int subscribed(@Param("coopId") long coopId, @Param("userId") long userId);

    @Modifying
    @Query(
            nativeQuery = true,
            value =
                    "INSERT IGNORE INTO board_digest_subscription (coop_id, user_id, subscribed_at)"
                            + " VALUES (:coopId, :userId, :at)")
    int subscribe(
            @Param("coopId") long coopId, @Param("userId") long userId, @Param("at") Instant at);

    @Modifying
    @Query(
            nativeQuery = true,
            value =
                    "DELETE FROM board_digest_subscription WHERE coop_id = :coopId AND user_id = :userId")
    int unsubscribe(@Param("coopId") long coopId, @Param("userId") long userId);

    @Query(
            nativeQuery = true,
            value = "SELECT user_id FROM board_digest_subscription WHERE coop_id = :coopId")
    List<Long> subscribers(@Param("coopId") long coopId);

    @Query(nativeQuery = true, value = "SELECT DISTINCT coop_id FROM board_digest_subscription")
    List<Long> coopsWithSubscribers();

    Optional<BoardPost> findBySourceKey(String sourceKey);
}
