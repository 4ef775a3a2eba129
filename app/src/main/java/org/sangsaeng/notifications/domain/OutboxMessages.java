package org.sangsaeng.notifications.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sangsaeng.notifications.Channel;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxMessages extends JpaRepository<OutboxMessage, Long> {

    /**
     * Claims due messages for one dispatcher for a while: a conditional update, so that when
     * several app nodes run, each message is claimed by one of them. A claim that runs out (the
     * node died) can be taken again; the idempotency key then keeps the channel from delivering
     * twice.
     */
    @Modifying
    @Query(
            nativeQuery = true,
            value =
                    """
            UPDATE outbox_message SET claimed_by = :node, claimed_until = :until
             WHERE status = 'PENDING' AND next_attempt_at <= :now
               AND (claimed_until IS NULL OR claimed_until < :now)
             ORDER BY next_attempt_at, id
             LIMIT :limit
            """)
    int claim(
            @Param("node") String node,
            @Param("now") Instant now,
            @Param("until") Instant until,
            @Param("limit") int limit);

    List<OutboxMessage> findByClaimedByAndStatusOrderById(
            String claimedBy, OutboxMessage.Status status);

    @Query(
            nativeQuery = true,
            value =
                    """
            SELECT * FROM outbox_message WHERE status = 'DIGEST' ORDER BY recipient_id, channel, id
             LIMIT 5000 FOR UPDATE SKIP LOCKED
            """)
    List<OutboxMessage> lockHeldForDigest();

    @Query(
            "select m from OutboxMessage m where (:status is null or m.status = :status)"
                    + " and (:all = true or m.coopId in :coopIds) order by m.id desc")
    Page<OutboxMessage> search(
            @Param("status") OutboxMessage.Status status,
            @Param("all") boolean all,
            @Param("coopIds") Collection<Long> coopIds,
            Pageable pageable);

    boolean existsByIdempotencyKey(String idempotencyKey);

    /**
     * Cancels a customer's advertising messages that have not gone out; one a dispatcher holds is
     * checked again there.
     */
    @Modifying
    @Query(
            nativeQuery = true,
            value =
                    """
            UPDATE outbox_message SET status = 'CANCELLED', last_error = :reason
             WHERE customer_id = :customerId AND status = 'PENDING'
            """)
    int cancelPendingFor(@Param("customerId") long customerId, @Param("reason") String reason);

    /**
     * Notes, in its own committed transaction, that a dispatcher is about to hand the message to
     * the provider: a dispatcher that takes it over after a crash then asks the provider first.
     * Returns 0 when the dispatcher's claim has run out (a slow provider), and then it must not
     * send: another node may have claimed the message meanwhile.
     */
    @Modifying
    @Query(
            "update OutboxMessage m set m.handedOverAt = :at where m.id = :id and m.claimedBy = :node"
                    + " and m.claimedUntil >= :at and m.status = org.sangsaeng.notifications.domain.OutboxMessage.Status.PENDING")
    int markHandingOver(@Param("id") long id, @Param("node") String node, @Param("at") Instant at);

    /** Sent messages awaiting their provider's report, the longest unasked first. */
    List<OutboxMessage>
            findTop50ByStatusAndProviderMessageIdIsNotNullAndSentAtAfterOrderByReportCheckedAtAscIdAsc(
                    OutboxMessage.Status status, Instant sentAfter);

    Optional<OutboxMessage> findByProviderMessageId(String providerMessageId);

    /**
     * Refused for good (by the provider's answer or its delivery report); a 알림톡 then goes once more
     * as SMS/LMS, with a key of its own, so a second refusal or report adds no second SMS.
     */
    default void refuse(OutboxMessage message, String reason, Instant now) {
        message.refused(reason, now);
        String fallbackKey = message.getIdempotencyKey() + OutboxMessage.SMS_FALLBACK;
        if (message.getChannel() == Channel.KAKAO && !existsByIdempotencyKey(fallbackKey)) {
            save(message.smsFallback(now));
        }
    }
}
