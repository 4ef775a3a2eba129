package org.sangsaeng.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sangsaeng.notifications.domain.Notification;
import org.sangsaeng.notifications.domain.Notifications;
import org.sangsaeng.notifications.domain.OutboxMessage;
import org.sangsaeng.notifications.domain.OutboxMessages;
import org.sangsaeng.notifications.domain.Recipient;
import org.sangsaeng.notifications.domain.Recipients;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends messages to people: into their in-app list and, by the channels they chose, into the
 * outbox. Reading them is {@link NotificationInbox}; choosing how to be reached is {@link
 * NotificationSettings}; the outbox as administrators see it is {@link OutboxAdministration}.
 */
@Service
@Transactional
public class NotificationService {

    private final Notifications notifications;
    private final OutboxMessages outbox;
    private final Recipients recipients;
    private final TemplateCatalog templates;
    private final NotificationSupport support;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(
            Notifications notifications,
            OutboxMessages outbox,
            Recipients recipients,
            TemplateCatalog templates,
            NotificationSupport support,
            ApplicationEventPublisher events,
            Clock clock) {
        this.notifications = notifications;
        this.support = support;
        this.outbox = outbox;
        this.recipients = recipients;
        this.templates = templates;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sends a message within the caller's transaction: the in-app notification and the outbox
     * entries are stored with the change that causes them, so a rolled-back change sends nothing.
     * Sending the same dedup key to the same person again does nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Notice notice) {
        if (notifications.existsByRecipientIdAndDedupKey(notice.recipientId(), notice.dedupKey())) {
            return;
        }
        Recipient recipient =
                recipients
                        .findById(notice.recipientId())
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "No user " + notice.recipientId()));
        Locale locale = Locale.forLanguageTag(recipient.getLocale());
        TemplateCatalog.Rendered text =
                templates.render(notice.template(), notice.variables(), locale);
        NotificationKind kind = notice.template().kind();
        Instant now = clock.instant();
        notifications.save(
                new Notification(
                        recipient.getId(),
                        kind,
                        notice.urgent(),
                        text.title(),
                        text.body(),
                        notice.link(),
                        notice.dedupKey(),
                        now));

        TemplateCatalog.Rendered outside = text.linking(templates.absolute(notice.link()));
        Preferences prefs = support.preferencesOf(recipient);
        for (Channel channel : prefs.channels().getOrDefault(kind, Set.of())) {
            String address = channel == Channel.EMAIL ? recipient.getEmail() : recipient.getPhone();
            if (address == null || address.isBlank()) {
                continue;
            }
            boolean digest = prefs.dailyDigest() && !notice.urgent();
            Instant due =
                    notice.urgent()
                            ? now
                            : QuietHours.nextAllowed(now, prefs.quietFrom(), prefs.quietUntil());
            outbox.save(
                    new OutboxMessage(
                                    notice.dedupKey() + ":" + recipient.getId() + ":" + channel,
                                    recipient.getId(),
                                    notice.coopId(),
                                    channel,
                                    kind,
                                    notice.urgent(),
                                    address,
                                    outside.title(),
                                    outside.body(),
                                    digest
                                            ? OutboxMessage.Status.DIGEST
                                            : OutboxMessage.Status.PENDING,
                                    due,
                                    now)
                            .carrying(notice.template().name(), outside.valuesJson()));
        }
        events.publishEvent(new NotificationCreated(recipient.getUsername()));
    }

    /**
     * A security code (a password reset) to a person who cannot sign in: by SMS and e-mail at once,
     * whatever their preferences and quiet hours say, once per key, and not into the in-app list,
     * which the person cannot read now and which would keep the code.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void sendSecurityCode(
            long recipientId, Template template, Map<String, Object> variables, String dedupKey) {
        Recipient recipient = recipient(recipientId);
        for (Channel channel : List.of(Channel.SMS, Channel.EMAIL)) {
            sendNow(
                    dedupKey + ":" + recipient.getId() + ":" + channel,
                    recipient.getId(),
                    channel,
                    channel == Channel.EMAIL ? recipient.getEmail() : recipient.getPhone(),
                    Locale.forLanguageTag(recipient.getLocale()),
                    template,
                    variables);
        }
    }

    /**
     * A record for a person to keep outside the app (the audit trail's signed checkpoints): by
     * e-mail only, whatever their preferences and quiet hours say, once per key; not into the
     * in-app list, whose rows an attacker with the database could change.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void sendForTheRecord(
            long recipientId, Template template, Map<String, Object> variables, String dedupKey) {
        Recipient recipient = recipient(recipientId);
        sendNow(
                dedupKey + ":" + recipient.getId() + ":" + Channel.EMAIL,
                recipient.getId(),
                Channel.EMAIL,
                recipient.getEmail(),
                Locale.forLanguageTag(recipient.getLocale()),
                template,
                variables);
    }

    /**
     * A message to a person who has no account yet (a merchant signing up or invited): to the phone
     * or e-mail address itself, at once (not held by quiet hours: they are waiting for it), in
     * their language, once per key, and never into an in-app list. Returns false when the key was
     * sent before.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean sendToAddress(
            Channel channel,
            String address,
            Locale locale,
            Template template,
            Map<String, Object> variables,
            String idempotencyKey) {
        return sendNow(
                idempotencyKey + ":" + channel,
                null,
                channel,
                address,
                locale,
                template,
                variables);
    }

    private Recipient recipient(long id) {
        return recipients
                .findById(id)
                .orElseThrow(() -> new IllegalArgumentException("No user " + id));
    }

    // Into the outbox at once, urgent, once per key: for messages a person waits for or keeps.
    private boolean sendNow(
            String key,
            Long recipientId,
            Channel channel,
            String address,
            Locale locale,
            Template template,
            Map<String, Object> variables) {
        if (address == null || address.isBlank() || outbox.existsByIdempotencyKey(key)) {
            return false;
        }
        TemplateCatalog.Rendered text = templates.render(template, variables, locale);
        Instant now = clock.instant();
        outbox.save(
                new OutboxMessage(
                                key,
                                recipientId,
                                null,
                                channel,
                                template.kind(),
                                true,
                                address,
                                text.title(),
                                text.body(),
                                OutboxMessage.Status.PENDING,
                                now,
                                now)
                        .carrying(template.name(), text.valuesJson()));
        return true;
    }
}
