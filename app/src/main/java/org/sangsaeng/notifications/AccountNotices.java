package org.sangsaeng.notifications;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.sangsaeng.membership.PasswordResetCodeIssued;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends a person the code they asked for to reset their password; in the transaction that stores
 * the code.
 */
@Component
class AccountNotices {

    private final NotificationService notifications;
    private final Clock clock;

    AccountNotices(NotificationService notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @EventListener
    void on(PasswordResetCodeIssued issued) {
        long minutes =
                Math.max(1, Duration.between(clock.instant(), issued.expiresAt()).toMinutes());
        notifications.sendSecurityCode(
                issued.userId(),
                Template.PASSWORD_RESET_CODE,
                Map.of("code", issued.code(), "minutes", minutes),
                "password-reset:" + issued.userId() + ":" + issued.expiresAt().toEpochMilli());
    }
}
