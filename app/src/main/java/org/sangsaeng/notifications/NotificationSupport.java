package org.sangsaeng.notifications;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.notifications.domain.NotificationPreference;
import org.sangsaeng.notifications.domain.NotificationPreferences;
import org.sangsaeng.notifications.domain.Recipient;
import org.sangsaeng.notifications.domain.Recipients;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * What sending, the inbox, the settings and the outbox administration share: who is signed in, what
 * a person chose, and how big a page may be. Runs in its callers' transactions.
 */
@Component
class NotificationSupport {

    private final Recipients recipients;
    private final NotificationPreferences preferences;
    private final CurrentUsers currentUsers;

    NotificationSupport(
            Recipients recipients, NotificationPreferences preferences, CurrentUsers currentUsers) {
        this.recipients = recipients;
        this.preferences = preferences;
        this.currentUsers = currentUsers;
    }

    Recipient me() {
        return recipients
                .findById(currentUsers.require().id())
                .orElseThrow(() -> new AccessDeniedException("error.auth.required"));
    }

    Preferences preferencesOf(Recipient r) {
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

    /** Every kind a person chooses for, with no channel where they chose none. */
    static Map<NotificationKind, Set<Channel>> complete(
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
     * At most 200 a page; a negative offset or an empty page is a caller's mistake, not a server
     * error.
     */
    static int pageSize(int offset, int limit) {
        if (offset < 0 || limit <= 0) {
            throw new InvalidInputException("error.paging.invalid");
        }
        return Math.min(limit, 200);
    }
}
