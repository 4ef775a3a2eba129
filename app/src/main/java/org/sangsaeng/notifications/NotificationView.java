package org.sangsaeng.notifications;

import java.time.Instant;

public record NotificationView(
        long id,
        NotificationKind kind,
        boolean urgent,
        String title,
        String body,
        String link,
        Instant createdAt,
        Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
