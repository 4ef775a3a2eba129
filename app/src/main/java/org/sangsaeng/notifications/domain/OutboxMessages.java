package org.sangsaeng.notifications.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxMessages extends JpaRepository<OutboxMessage, Long> {

    /**
     * Claims due messages for one dispatcher for a while: a conditional update, so that when several
     * app nodes run, each message is claimed by one of them. A claim that runs out (the node died)
     * can be taken again; the idempotency key then keeps the channel from delivering twice.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            UPDATE outbox_message SET claimed_by = :node, claimed_until = :until
             WHERE status = 'PENDING' AND next_attempt_at <= :now
               AND (claimed_until IS NULL OR claimed_until < :now)
             ORDER BY next_attempt_at, id
             LIMIT :limit
            """)
    int claim(@Param("node") String node, @Param("now") Instant now, @Param("until") Instant until,
              @Param("limit") int limit);

    List<OutboxMessage> findByClaimedByAndStatusOrderById(String claimedBy, OutboxMessage.Status status);

    @Query(nativeQuery = true, value = """
            SELECT * FROM outbox_message WHERE status = 'DIGEST' ORDER BY recipient_id, channel, id
             LIMIT 5000 FOR UPDATE SKIP LOCKED
            """)
    List<OutboxMessage> lockHeldForDigest();

    @Query("select m from OutboxMessage m where (:status is null or m.status = :status)"
            + " and (:all = true or m.coopId in :coopIds) order by m.id desc")
    Page<OutboxMessage> search(@Param("status") OutboxMessage.Status status, @Param("all") boolean all,
                               @Param("coopIds") Collection<Long> coopIds, Pageable pageable);

    boolean existsByIdempotencyKey(String idempotencyKey);

    /** Cancels a customer's advertising messages that have not gone out; one a dispatcher holds is checked again there. */
    @Modifying
    @Query(nativeQuery = true, value = """
            UPDATE outbox_message SET status = 'CANCELLED', last_error = :reason
             WHERE customer_id = :customerId AND status = 'PENDING'
            """)
    int cancelPendingFor(@Param("customerId") long customerId, @Param("reason") String reason);
}
