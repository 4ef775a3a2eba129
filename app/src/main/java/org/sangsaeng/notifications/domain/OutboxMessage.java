package org.sangsaeng.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.sangsaeng.notifications.Channel;
import org.sangsaeng.notifications.NotificationKind;

/**
 * A message to an outside channel, written in the same transaction as the change that causes it.
 *
 * <p>Longer than our 300 lines on purpose: it guards a message's whole life (pending, sent,
 * delivered or refused by the provider, failed and retried with back-off, postponed for quiet
 * hours, cancelled, folded into a digest), each transition refusing a move its state does not
 * allow; most of its length is those transitions and the getters JPA and the outbox views need.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public enum Status {
        PENDING,
        DIGEST,
        SENT,
        DELIVERED,
        FAILED,
        DIGESTED,
        CANCELLED
    }

    /**
     * Appended to the idempotency key of the one SMS/LMS sent when a 알림톡 could not be delivered.
     */
    public static final String SMS_FALLBACK = ":sms";

    public static final int MAX_ATTEMPTS = 5;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String idempotencyKey;

    @Column(name = "recipient_id")
    private Long recipientId;

    private Long coopId;

    @Column(name = "customer_id")
    private Long customerId;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private boolean urgent;
    private String address;
    private String subject;
    private String body;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;
    private Instant nextAttemptAt;
    private String claimedBy;
    private Instant claimedUntil;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;
    private String template;
    private String templateVariables;
    private Instant handedOverAt;
    private String providerMessageId;
    private Instant reportCheckedAt;
    private Instant deliveredAt;
    private Long imageRef;
    private Instant failedAt;

    protected OutboxMessage() {}

    public OutboxMessage(
            String idempotencyKey,
            Long recipientId,
            Long coopId,
            Channel channel,
            NotificationKind kind,
            boolean urgent,
            String address,
            String subject,
            String body,
            Status status,
            Instant nextAttemptAt,
            Instant createdAt) {
        this.idempotencyKey = idempotencyKey;
        this.recipientId = recipientId;
        this.coopId = coopId;
        this.channel = channel;
        this.kind = kind;
        this.urgent = urgent;
        this.address = address;
        this.subject = subject;
        this.body = body;
        this.status = status;
        this.nextAttemptAt = nextAttemptAt;
        this.createdAt = createdAt;
    }

    /** An advertising SMS to a shop's regular customer, not before the given time. */
    public static OutboxMessage advertising(
            String idempotencyKey,
            long customerId,
            Long coopId,
            String phone,
            String subject,
            String body,
            Instant notBefore,
            Instant now) {
        OutboxMessage m =
                new OutboxMessage(
                        idempotencyKey,
                        null,
                        coopId,
                        Channel.SMS,
                        NotificationKind.MARKETING,
                        false,
                        phone,
                        subject,
                        body,
                        Status.PENDING,
                        notBefore,
                        now);
        m.customerId = customerId;
        return m;
    }

    /**
     * Keeps what a KakaoTalk 알림톡 needs: the template it is registered for and its values (JSON).
     */
    public OutboxMessage carrying(String template, String variablesJson) {
        this.template = template;
        this.templateVariables = variablesJson;
        return this;
    }

    /**
     * Carries a picture (see {@code MessageImages}), sent along where the channel can; null for
     * text only.
     */
    public OutboxMessage showing(Long imageRef) {
        this.imageRef = imageRef;
        return this;
    }

    public void sent(Instant at) {
        sent(at, null, null);
    }

    /**
     * Handed to the provider, which gave its message id (null for channels without delivery
     * reports) and perhaps a note (a 알림톡 that went as SMS), shown where the error would be.
     */
    public void sent(Instant at, String providerMessageId, String note) {
        status = Status.SENT;
        sentAt = at;
        this.providerMessageId = providerMessageId;
        claimedBy = null;
        claimedUntil = null;
        lastError = note;
    }

    /** The provider's report: it reached the phone. Only a sent message can be delivered. */
    public void delivered(Instant at) {
        if (status != Status.SENT) {
            throw new IllegalStateException(
                    "Outbox message " + id + " is " + status + ", not sent");
        }
        status = Status.DELIVERED;
        deliveredAt = at;
    }

    /**
     * Refused for good: by the provider's answer (a wrong number, a template it does not know) or
     * its delivery report. Not tried again by itself; a leader or administrator sees the reason and
     * may send again.
     */
    public void refused(String reason, Instant at) {
        if (status == Status.DELIVERED || status == Status.FAILED) {
            throw new IllegalStateException("Outbox message " + id + " is already " + status);
        }
        status = Status.FAILED;
        failedAt = at;
        attempts++;
        lastError =
                reason == null ? "refused" : reason.substring(0, Math.min(reason.length(), 1000));
        claimedBy = null;
        claimedUntil = null;
    }

    /**
     * The one SMS/LMS that stands in for a 알림톡 that could not be delivered: same text, same person.
     */
    public OutboxMessage smsFallback(Instant now) {
        if (channel != Channel.KAKAO) {
            throw new IllegalStateException("Only a KakaoTalk message falls back to SMS");
        }
        return new OutboxMessage(
                        idempotencyKey + SMS_FALLBACK,
                        recipientId,
                        coopId,
                        Channel.SMS,
                        kind,
                        urgent,
                        address,
                        subject,
                        body,
                        Status.PENDING,
                        now,
                        now)
                .showing(imageRef);
    }

    public void reportChecked(Instant at) {
        reportCheckedAt = at;
    }

    /** Tries again later, waiting twice as long each time; gives up after the last attempt. */
    public void failed(String error, Instant now) {
        attempts++;
        lastError =
                error == null
                        ? "unknown error"
                        : error.substring(0, Math.min(error.length(), 1000));
        claimedBy = null;
        claimedUntil = null;
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            failedAt = now;
        } else {
            nextAttemptAt = now.plus(FIRST_RETRY.multipliedBy(1L << (attempts - 1)));
        }
    }

    /**
     * Never sent: withdrawn before it went out (the customer opted out). Only a waiting message can
     * be.
     */
    public void cancel(String reason) {
        if (status != Status.PENDING) {
            throw new IllegalStateException(
                    "Outbox message " + id + " is " + status + ", not waiting");
        }
        status = Status.CANCELLED;
        lastError = reason;
        claimedBy = null;
        claimedUntil = null;
    }

    /** Not now (an advertisement at night): released, to be sent at the given time. */
    public void postpone(Instant until) {
        nextAttemptAt = until;
        claimedBy = null;
        claimedUntil = null;
    }

    /** An administrator or leader sends a failed message again. */
    public void retry(Instant now) {
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        failedAt = null;
        // A deliberate new try: not to be mistaken for the earlier hand-over, which failed.
        handedOverAt = null;
        providerMessageId = null;
    }

    public void digested() {
        status = Status.DIGESTED;
    }

    public Long getId() {
        return id;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    /** The app user it goes to; null for someone outside the app (a shop's regular customer). */
    public Long getRecipientId() {
        return recipientId;
    }

    public Long getCoopId() {
        return coopId;
    }

    /** The shop's regular customer an advertising message goes to; null for any other message. */
    public Long getCustomerId() {
        return customerId;
    }

    public Channel getChannel() {
        return channel;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public String getAddress() {
        return address;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getTemplate() {
        return template;
    }

    public String getTemplateVariables() {
        return templateVariables;
    }

    /**
     * When a dispatcher last began handing it to the provider; null if never (or since a manual
     * retry).
     */
    public Instant getHandedOverAt() {
        return handedOverAt;
    }

    public String getProviderMessageId() {
        return providerMessageId;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    /**
     * When it failed for good (its last attempt, or the provider's refusal); null unless it is
     * failed.
     */
    public Instant getFailedAt() {
        return failedAt;
    }

    /** The picture the message carries (see {@code MessageImages}); null for text only. */
    public Long getImageRef() {
        return imageRef;
    }
}
