package org.sangsaeng.notifications;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.sangsaeng.shared.MarketTime;

/**
 * Quiet hours in Asia/Seoul, possibly across midnight (21:00-08:00): when may a non-urgent message
 * go?
 */
final class QuietHours {

    private QuietHours() {}

    static Instant nextAllowed(Instant now, LocalTime from, LocalTime until) {
        if (from.equals(until)) {
            return now;
        }
        ZonedDateTime local = now.atZone(MarketTime.ZONE);
        LocalTime time = local.toLocalTime();
        boolean overnight = from.isAfter(until);
        boolean quiet =
                overnight
                        ? !time.isBefore(from) || time.isBefore(until)
                        : !time.isBefore(from) && time.isBefore(until);
        if (!quiet) {
            return now;
        }
        ZonedDateTime end = local.with(until);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }
}
