package org.sangsaeng.notifications;

import java.util.Locale;
import java.util.Map;
import org.sangsaeng.membership.CoopInvitationIssued;
import org.sangsaeng.membership.MerchantRegistrationAnswered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Messages to merchants who have no account yet: the foundation's answer to their sign-up, a
 * leader's invitation. Sent in the transaction of the change that causes them.
 */
@Component
class RegistrationNotices {

    private final NotificationService notifications;

    RegistrationNotices(NotificationService notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(MerchantRegistrationAnswered answered) {
        Locale locale = Locale.forLanguageTag(answered.locale());
        switch (answered.status()) {
            case APPROVED ->
                    send(
                            answered,
                            locale,
                            Template.REGISTRATION_APPROVED,
                            Map.of("username", answered.text(), "link", answered.link()));
            case REJECTED ->
                    send(
                            answered,
                            locale,
                            Template.REGISTRATION_REJECTED,
                            Map.of("reason", answered.text(), "link", answered.link()));
            case CHANGES_REQUESTED ->
                    send(
                            answered,
                            locale,
                            Template.REGISTRATION_CHANGES,
                            Map.of("changes", answered.text(), "link", answered.link()));
            case EXPIRED ->
                    send(
                            answered,
                            locale,
                            Template.REGISTRATION_EXPIRED,
                            Map.of("link", answered.link()));
            case PENDING_REVIEW ->
                    throw new IllegalArgumentException("Nothing to tell about a pending sign-up");
        }
    }

    @EventListener
    void on(CoopInvitationIssued invited) {
        Map<String, Object> variables =
                Map.of(
                        "name",
                        invited.name(),
                        "coop",
                        invited.coopName(),
                        "leader",
                        invited.invitedBy(),
                        "link",
                        invited.link());
        // By phone when there is one (merchants read SMS), else by e-mail.
        Channel channel = invited.phone() != null ? Channel.SMS : Channel.EMAIL;
        notifications.sendToAddress(
                channel,
                channel == Channel.SMS ? invited.phone() : invited.email(),
                Locale.KOREAN,
                Template.COOP_INVITATION,
                variables,
                "invitation:" + invited.invitationId());
    }

    private void send(
            MerchantRegistrationAnswered answered,
            Locale locale,
            Template template,
            Map<String, Object> variables) {
        notifications.sendToAddress(
                Channel.SMS, answered.phone(), locale, template, variables, answered.key());
    }
}
