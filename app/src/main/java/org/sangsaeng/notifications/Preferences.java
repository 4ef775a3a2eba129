package org.sangsaeng.notifications;

import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

/**
 * How a person wants to be reached: outside channels per kind of message, contact addresses, quiet
 * hours (Asia/Seoul; non-urgent messages wait until they end) and a daily digest instead of single
 * messages.
 */
public record Preferences(
        String email,
        String phone,
        Map<NotificationKind, Set<Channel>> channels,
        LocalTime quietFrom,
        LocalTime quietUntil,
        boolean dailyDigest) {

    public static final LocalTime DEFAULT_QUIET_FROM = LocalTime.of(21, 0);
    public static final LocalTime DEFAULT_QUIET_UNTIL = LocalTime.of(8, 0);

    /** Before a person chooses: KakaoTalk for what needs them, nothing for news and marketing. */
    public static Map<NotificationKind, Set<Channel>> defaultChannels() {
        return Map.of(
                NotificationKind.TASK_ASSIGNED,
                Set.of(Channel.KAKAO),
                NotificationKind.REMINDER,
                Set.of(Channel.KAKAO),
                NotificationKind.RESULT,
                Set.of(Channel.KAKAO),
                NotificationKind.NEWS,
                Set.of(),
                NotificationKind.MARKETING,
                Set.of());
    }
}
