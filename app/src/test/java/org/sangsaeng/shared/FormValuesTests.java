package org.sangsaeng.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** A malformed form value is refused with the field named, and what was expected. */
class FormValuesTests {

    enum Unit {
        HOUR,
        DAY
    }

    @Test
    void wellFormedValuesAreRead() {
        assertThat(FormValues.instant("2026-12-24T09:00:00Z", "validFrom"))
                .isEqualTo(Instant.parse("2026-12-24T09:00:00Z"));
        assertThat(FormValues.date(" 2026-12-24 ", "startDate"))
                .isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(FormValues.time("09:30", "dailyStart")).isEqualTo(LocalTime.of(9, 30));
        assertThat(FormValues.choice(Unit.class, "HOUR", "payUnit")).isEqualTo(Unit.HOUR);
        assertThat(FormValues.wholeNumber("12", "positions")).isEqualTo(12);
        assertThat(FormValues.text("품절", "reason")).isEqualTo("품절");
        assertThat(FormValues.text(null, "reason")).as("left out").isNull();
    }

    @Test
    void aMalformedOrMissingValueNamesItsField() {
        assertRefused(
                () -> FormValues.instant("24.12.2026", "validFrom"),
                "error.form.dateTime",
                "validFrom");
        assertRefused(
                () -> FormValues.instant(null, "applicationDeadline"),
                "error.form.dateTime",
                "applicationDeadline");
        assertRefused(
                () -> FormValues.instant(20261224, "validTo"), "error.form.dateTime", "validTo");
        assertRefused(
                () -> FormValues.date("tomorrow", "startDate"), "error.form.date", "startDate");
        assertRefused(
                () -> FormValues.time("9 o'clock", "dailyEnd"), "error.form.time", "dailyEnd");
        assertRefused(
                () -> FormValues.wholeNumber("1.5", "positions"),
                "error.form.wholeNumber",
                "positions");
        assertRefused(
                () -> FormValues.choice(Unit.class, "WEEK", "payUnit"),
                "error.form.choice",
                "payUnit");
        assertRefused(() -> FormValues.text(42, "reason"), "error.form.text", "reason");
        assertRefused(
                () -> FormValues.text(java.util.List.of("품절"), "reason"),
                "error.form.text",
                "reason");
    }

    @Test
    void aRefusedChoiceListsTheChoices() {
        assertThatThrownBy(() -> FormValues.choice(Unit.class, null, "payUnit"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.arguments())
                                        .containsExactly(
                                                "payUnit",
                                                String.join(
                                                        ", ",
                                                        java.util.Arrays.stream(Unit.values())
                                                                .map(Enum::name)
                                                                .toList())));
    }

    private static void assertRefused(Runnable read, String key, String field) {
        assertThatThrownBy(read::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo(key);
                            assertThat(e.arguments()[0]).isEqualTo(field);
                        });
    }
}
