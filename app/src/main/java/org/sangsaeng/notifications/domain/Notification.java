package org.sangsaeng.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sangsaeng.notifications.NotificationKind;

@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id")
    private long recipientId;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private boolean urgent;
    private String title;
    private String body;
    private String link;
    private String dedupKey;
    private Instant createdAt;
    private Instant readAt;

    protected Notification() {}

    public Notification(
            long recipientId,
            NotificationKind kind,
            boolean urgent,
            String title,
            String body,
            String link,
            String dedupKey,
            Instant createdAt) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.urgent = urgent;
        this.title = title;
        this.body = body;
        this.link = link;
        this.dedupKey = dedupKey;
        this.createdAt = createdAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
