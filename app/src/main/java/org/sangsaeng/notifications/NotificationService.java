package org.sangsaeng.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sangsaeng.membership.CoopMembership;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.Role;
import org.sangsaeng.notifications.domain.Notification;
import org.sangsaeng.notifications.domain.NotificationPreference;
import org.sangsaeng.notifications.domain.NotificationPreferences;
import org.sangsaeng.notifications.domain.Notifications;
import org.sangsaeng.notifications.domain.OutboxMessage;
import org.sangsaeng.notifications.domain.OutboxMessages;
import org.sangsaeng.notifications.domain.Recipient;
import org.sangsaeng.notifications.domain.Recipients;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Sends messages to people, and lets each person read theirs and choose how to be reached. */
@Service
@Transactional
public class NotificationService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^01[016789]-?\\d{3,4}-?\\d{4}$");

    private final Notifications notifications;
    private final NotificationPreferences preferences;
    private final OutboxMessages outbox;
    private final Recipients recipients;
    private final TemplateCatalog templates;
    private final ApplicationEventPublisher events;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    NotificationService(
            Notifications notifications,
            NotificationPreferences preferences,
            OutboxMessages outbox,
            Recipients recipients,
            TemplateCatalog templates,
            ApplicationEventPublisher events,
            CurrentUsers currentUsers,
            Clock clock) {
        this.currentUsers = currentUsers;
        this.notifications = notifications;
        this.preferences = preferences;
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
        Preferences prefs = preferencesOf(recipient);
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
        Recipient recipient =
                recipients
                        .findById(recipientId)
                        .orElseThrow(() -> new IllegalArgumentException("No user " + recipientId));
        TemplateCatalog.Rendered text =
                templates.render(template, variables, Locale.forLanguageTag(recipient.getLocale()));
        Instant now = clock.instant();
        for (Channel channel : List.of(Channel.SMS, Channel.EMAIL)) {
            String address = channel == Channel.EMAIL ? recipient.getEmail() : recipient.getPhone();
            String key = dedupKey + ":" + recipient.getId() + ":" + channel;
            if (address == null || address.isBlank() || outbox.existsByIdempotencyKey(key)) {
                continue;
            }
            outbox.save(
                    new OutboxMessage(
                            key,
                            recipient.getId(),
                            null,
                            channel,
                            template.kind(),
                            true,
                            address,
                            text.title(),
                            text.body(),
                            OutboxMessage.Status.PENDING,
                            now,
                            now));
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
        Recipient recipient =
                recipients
                        .findById(recipientId)
                        .orElseThrow(() -> new IllegalArgumentException("No user " + recipientId));
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

    @Transactional(readOnly = true)
    public List<NotificationView> mine(int offset, int limit) {
        Recipient me = me();
        int size = pageSize(offset, limit);
        return notifications
                .findByRecipientIdOrderByIdDesc(me.getId(), PageRequest.of(offset / size, size))
                .map(NotificationService::view)
                .getContent();
    }

    @Transactional(readOnly = true)
    public long myUnreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(me().getId());
    }

    @Transactional(readOnly = true)
    public long myCount() {
        return notifications
                .findByRecipientIdOrderByIdDesc(me().getId(), PageRequest.of(0, 1))
                .getTotalElements();
    }

    /**
     * Marks one of the signed-in user's notifications read; anyone else's is refused as unknown.
     */
    public NotificationView markRead(long id) {
        Recipient me = me();
        Notification n =
                notifications
                        .findById(id)
                        .filter(x -> x.getRecipientId() == me.getId())
                        .orElseThrow(
                                () -> new NotFoundException("error.notification.notFound", id));
        n.markRead(clock.instant());
        return view(n);
    }

    public int markAllRead() {
        return notifications.markAllRead(me().getId(), clock.instant());
    }

    @Transactional(readOnly = true)
    public Preferences myPreferences() {
        return preferencesOf(me());
    }

    /**
     * Saves the signed-in user's choices; invalid addresses or hours are refused and nothing
     * changes.
     */
    public Preferences updateMyPreferences(Preferences wanted) {
        Recipient me = me();
        String email = blankToNull(wanted.email());
        String phone = blankToNull(wanted.phone());
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw new InvalidInputException("error.preferences.email", email);
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidInputException("error.preferences.phone", phone);
        }
        if (wanted.quietFrom() == null || wanted.quietUntil() == null) {
            throw new InvalidInputException("error.preferences.quietHours");
        }
        Map<NotificationKind, Set<Channel>> channels =
                wanted.channels() == null ? Map.of() : wanted.channels();
        if (channels.entrySet().stream()
                .anyMatch(
                        e ->
                                e.getKey() == null
                                        || e.getValue() == null
                                        || e.getValue().stream()
                                                .anyMatch(java.util.Objects::isNull))) {
            throw new InvalidInputException("error.preferences.channels");
        }
        recipients.updateContact(me.getId(), email, phone);
        NotificationPreference p =
                preferences
                        .findById(me.getId())
                        .orElseGet(
                                () ->
                                        preferences.save(
                                                new NotificationPreference(
                                                        me.getId(),
                                                        wanted.quietFrom(),
                                                        wanted.quietUntil(),
                                                        wanted.dailyDigest())));
        p.change(wanted.quietFrom(), wanted.quietUntil(), wanted.dailyDigest());
        preferences.clearChannelChoices(me.getId());
        channels.forEach(
                (kind, set) ->
                        set.forEach(
                                channel ->
                                        preferences.addChannelChoice(
                                                me.getId(), kind.name(), channel.name())));
        return new Preferences(
                email,
                phone,
                complete(channels),
                p.getQuietFrom(),
                p.getQuietUntil(),
                p.isDailyDigest());
    }

    private Preferences preferencesOf(Recipient r) {
        var saved = preferences.findById(r.getId());
        if (saved.isEmpty()) {
            return new Preferences(
                    r.getEmail(),
                    r.getPhone(),
                    Preferences.defaultChannels(),
                    Preferences.DEFAULT_QUIET_FROM,
                    Preferences.DEFAULT_QUIET_UNTIL,
                    false);
        }
        Map<NotificationKind, Set<Channel>> channels = new EnumMap<>(NotificationKind.class);
        for (var choice : preferences.channelChoices(r.getId())) {
            channels.computeIfAbsent(
                            NotificationKind.valueOf(choice.getKind()),
                            k -> EnumSet.noneOf(Channel.class))
                    .add(Channel.valueOf(choice.getChannel()));
        }
        NotificationPreference p = saved.get();
        return new Preferences(
                r.getEmail(),
                r.getPhone(),
                complete(channels),
                p.getQuietFrom(),
                p.getQuietUntil(),
                p.isDailyDigest());
    }

    private static Map<NotificationKind, Set<Channel>> complete(
            Map<NotificationKind, Set<Channel>> channels) {
        Map<NotificationKind, Set<Channel>> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            if (!kind.chosen()) {
                continue;
            }
            all.put(kind, Set.copyOf(channels.getOrDefault(kind, Set.of())));
        }
        return all;
    }

    /**
     * The outbox as administrators see it (everything) and co-op leaders (messages of their co-ops,
     * so that they see what could not be delivered).
     */
    @Transactional(readOnly = true)
    public List<OutboxEntry> outbox(String status, int offset, int limit) {
        OutboxScope scope = outboxScope();
        OutboxMessage.Status wanted =
                status == null || status.isBlank() ? null : parseStatus(status);
        int size = pageSize(offset, limit);
        return outbox.search(
                        wanted,
                        scope.all(),
                        scope.coops().isEmpty() ? List.of(-1L) : scope.coops(),
                        PageRequest.of(offset / size, size))
                .map(this::entry)
                .getContent();
    }

    /**
     * At most 200 a page; a negative offset or an empty page is a caller's mistake, not a server
     * error.
     */
    private static int pageSize(int offset, int limit) {
        if (offset < 0 || limit <= 0) {
            throw new InvalidInputException("error.paging.invalid");
        }
        return Math.min(limit, 200);
    }

    /** Sends a message that failed after its last attempt once more. */
    public OutboxEntry retry(long id) {
        OutboxScope scope = outboxScope();
        OutboxMessage m =
                outbox.findById(id)
                        .orElseThrow(() -> new NotFoundException("error.outbox.notFound", id));
        if (!scope.all() && (m.getCoopId() == null || !scope.coops().contains(m.getCoopId()))) {
            throw new NotFoundException("error.outbox.notFound", id);
        }
        if (m.getStatus() != OutboxMessage.Status.FAILED) {
            throw new BusinessException("error.outbox.notFailed");
        }
        m.retry(clock.instant());
        return entry(m);
    }

    private static OutboxMessage.Status parseStatus(String status) {
        try {
            return OutboxMessage.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.outbox.status", status);
        }
    }

    private OutboxEntry entry(OutboxMessage m) {
        String who =
                m.getRecipientId() == null
                        ? "(customer)"
                        : recipients
                                .findById(m.getRecipientId())
                                .map(Recipient::getUsername)
                                .orElse("?");
        return new OutboxEntry(
                m.getId(),
                who,
                m.getChannel(),
                m.getKind(),
                m.getSubject(),
                m.getStatus().name(),
                m.getAttempts(),
                m.getNextAttemptAt(),
                m.getLastError(),
                m.getCreatedAt(),
                m.getSentAt(),
                m.getDeliveredAt());
    }

    private Recipient me() {
        return recipients
                .findById(currentUsers.require().id())
                .orElseThrow(() -> new AccessDeniedException("error.auth.required"));
    }

    /** Administrators see every outbox entry; co-op leaders those of their co-ops. */
    private record OutboxScope(boolean all, Set<Long> coops) {}

    private OutboxScope outboxScope() {
        CurrentUser me = currentUsers.require();
        Set<Long> led =
                me.memberships().stream()
                        .filter(CoopMembership::leader)
                        .map(CoopMembership::coopId)
                        .collect(java.util.stream.Collectors.toSet());
        if (!me.has(Role.ADMIN) && led.isEmpty()) {
            throw new AccessDeniedException("error.outbox.notAllowed");
        }
        return new OutboxScope(me.has(Role.ADMIN), led);
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(
                n.getId(),
                n.getKind(),
                n.isUrgent(),
                n.getTitle(),
                n.getBody(),
                n.getLink(),
                n.getCreatedAt(),
                n.getReadAt());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
