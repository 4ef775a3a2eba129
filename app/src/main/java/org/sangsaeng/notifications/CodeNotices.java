package org.sangsaeng.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.sangsaeng.membership.PasswordResetCodeIssued;
import org.sangsaeng.membership.PhoneCodeIssued;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends a person the code they asked for: to reset their password, or to prove their phone (a
 * merchant signing up, a customer ordering); in the transaction that stores the code.
 */
@Component
class CodeNotices {

    private final NotificationService notifications;
    private final Clock clock;

    CodeNotices(NotificationService notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @EventListener
    void on(PasswordResetCodeIssued issued) {
        notifications.sendSecurityCode(
                issued.userId(),
                Template.PASSWORD_RESET_CODE,
                Map.of("code", issued.code(), "minutes", minutesLeft(issued.expiresAt())),
                "password-reset:" + issued.userId() + ":" + issued.expiresAt().toEpochMilli());
    }

    @EventListener
    void on(PhoneCodeIssued issued) {
        notifications.sendToAddress(
                Channel.SMS,
                issued.phone(),
                Locale.forLanguageTag(issued.locale()),
                issued.use() == PhoneCodeIssued.Use.ORDER
                        ? Template.ORDER_PHONE_CODE
                        : Template.PHONE_VERIFICATION_CODE,
                Map.of("code", issued.code(), "minutes", minutesLeft(issued.expiresAt())),
                "phone-code:" + issued.phone() + ":" + issued.expiresAt().toEpochMilli());
    }

    private long minutesLeft(Instant expiresAt) {
        return Math.max(1, Duration.between(clock.instant(), expiresAt).toMinutes());
    }
}
