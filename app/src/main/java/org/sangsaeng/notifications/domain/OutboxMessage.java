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

/** A message to an outside channel, written in the same transaction as the change that causes it. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public enum Status { PENDING, DIGEST, SENT, FAILED, DIGESTED, CANCELLED }

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

    protected OutboxMessage() {
    }

    public OutboxMessage(String idempotencyKey, Long recipientId, Long coopId, Channel channel, NotificationKind kind,
                         boolean urgent, String address, String subject, String body, Status status,
                         Instant nextAttemptAt, Instant createdAt) {
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
    public static OutboxMessage advertising(String idempotencyKey, long customerId, Long coopId, String phone,
                                            String subject, String body, Instant notBefore, Instant now) {
        OutboxMessage m = new OutboxMessage(idempotencyKey, null, coopId, Channel.SMS, NotificationKind.MARKETING,
                false, phone, subject, body, Status.PENDING, notBefore, now);
        m.customerId = customerId;
        return m;
    }

    public void sent(Instant at) {
        status = Status.SENT;
        sentAt = at;
        claimedBy = null;
        claimedUntil = null;
        lastError = null;
    }

    /** Tries again later, waiting twice as long each time; gives up after the last attempt. */
    public void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
        claimedBy = null;
        claimedUntil = null;
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = now.plus(FIRST_RETRY.multipliedBy(1L << (attempts - 1)));
        }
    }

    /** Never sent: withdrawn before it went out (the customer opted out). Only a waiting message can be. */
    public void cancel(String reason) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("Outbox message " + id + " is " + status + ", not waiting");
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
}
