package org.sangsaeng.notifications.domain;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Notifications extends JpaRepository<Notification, Long> {

    Page<Notification> findByRecipientIdOrderByIdDesc(long recipientId, Pageable pageable);

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    boolean existsByRecipientIdAndDedupKey(long recipientId, String dedupKey);

    @Modifying
    @Query(
            "update Notification n set n.readAt = :at where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(@Param("recipientId") long recipientId, @Param("at") Instant at);
}
