package org.sangsaeng.notifications.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalTime;

@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    @Id private Long userId;
    private LocalTime quietFrom;
    private LocalTime quietUntil;
    private boolean dailyDigest;

    protected NotificationPreference() {}

    public NotificationPreference(
            long userId, LocalTime quietFrom, LocalTime quietUntil, boolean dailyDigest) {
        this.userId = userId;
        change(quietFrom, quietUntil, dailyDigest);
    }

    public void change(LocalTime quietFrom, LocalTime quietUntil, boolean dailyDigest) {
        this.quietFrom = quietFrom;
        this.quietUntil = quietUntil;
        this.dailyDigest = dailyDigest;
    }

    public Long getUserId() {
        return userId;
    }

    public LocalTime getQuietFrom() {
        return quietFrom;
    }

    public LocalTime getQuietUntil() {
        return quietUntil;
    }

    public boolean isDailyDigest() {
        return dailyDigest;
    }
}
