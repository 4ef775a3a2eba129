package org.sangsaeng.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class QuietHoursTests {

    static final LocalTime NINE_PM = LocalTime.of(21, 0);
    static final LocalTime EIGHT_AM = LocalTime.of(8, 0);

    @Test
    void aMessageAtTenInTheEveningWaitsUntilEightTheNextMorningInSeoul() {
        Instant tenPm = seoul("2026-11-23T22:00");
        assertThat(QuietHours.nextAllowed(tenPm, NINE_PM, EIGHT_AM))
                .isEqualTo(seoul("2026-11-24T08:00"));
    }

    @Test
    void aMessageAtSixInTheMorningWaitsUntilEightTheSameMorning() {
        assertThat(QuietHours.nextAllowed(seoul("2026-11-24T06:00"), NINE_PM, EIGHT_AM))
                .isEqualTo(seoul("2026-11-24T08:00"));
    }

    @Test
    void aMessageInTheDaytimeGoesAtOnce() {
        Instant noon = seoul("2026-11-24T12:00");
        assertThat(QuietHours.nextAllowed(noon, NINE_PM, EIGHT_AM)).isEqualTo(noon);
        assertThat(QuietHours.nextAllowed(seoul("2026-11-24T08:00"), NINE_PM, EIGHT_AM))
                .isEqualTo(seoul("2026-11-24T08:00"));
    }

    @Test
    void quietHoursWithinOneDayWorkTooAndEqualBoundsMeanNone() {
        assertThat(
                        QuietHours.nextAllowed(
                                seoul("2026-11-24T13:00"),
                                LocalTime.of(12, 0),
                                LocalTime.of(14, 0)))
                .isEqualTo(seoul("2026-11-24T14:00"));
        Instant t = seoul("2026-11-24T23:00");
        assertThat(QuietHours.nextAllowed(t, EIGHT_AM, EIGHT_AM)).isEqualTo(t);
    }

    static Instant seoul(String localDateTime) {
        return ZonedDateTime.parse(localDateTime + "+09:00[Asia/Seoul]").toInstant();
    }
}
