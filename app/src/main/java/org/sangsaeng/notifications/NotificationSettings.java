package org.sangsaeng.notifications;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.sangsaeng.notifications.domain.NotificationPreference;
import org.sangsaeng.notifications.domain.NotificationPreferences;
import org.sangsaeng.notifications.domain.Recipient;
import org.sangsaeng.notifications.domain.Recipients;
import org.sangsaeng.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the signed-in person wants to be reached: contact addresses, channels per kind of message,
 * quiet hours and the daily digest.
 */
@Service
@Transactional
public class NotificationSettings {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^01[016789]-?\\d{3,4}-?\\d{4}$");

    private final NotificationPreferences preferences;
    private final Recipients recipients;
    private final NotificationSupport support;

    NotificationSettings(
            NotificationPreferences preferences,
            Recipients recipients,
            NotificationSupport support) {
        this.preferences = preferences;
        this.recipients = recipients;
        this.support = support;
    }

    @Transactional(readOnly = true)
    public Preferences myPreferences() {
        return support.preferencesOf(support.me());
    }

    /**
     * Saves the signed-in user's choices; invalid addresses or hours are refused and nothing
     * changes.
     */
    public Preferences updateMyPreferences(Preferences wanted) {
        Recipient me = support.me();
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
                                        || e.getValue().stream().anyMatch(Objects::isNull))) {
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
                NotificationSupport.complete(channels),
                p.getQuietFrom(),
                p.getQuietUntil(),
                p.isDailyDigest());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
