package org.sangsaeng.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Values people submit in task forms and JSON bodies, read strictly. */
public final class FormValues {

    private FormValues() {}

    /** Whole numbers only: 1.5 bags or "two" are refused. */
    public static long wholeNumber(Object raw) {
        if (raw instanceof Integer || raw instanceof Long) {
            return ((Number) raw).longValue();
        }
        if (raw instanceof String s && s.matches("-?\\d{1,15}")) {
            return Long.parseLong(s);
        }
        throw new InvalidInputException("error.number.whole", String.valueOf(raw));
    }

    /** A whole number of a named field; the refusal names the field and what was sent. */
    public static long wholeNumber(Object raw, String field) {
        try {
            return wholeNumber(raw);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("error.form.wholeNumber", field, String.valueOf(raw));
        }
    }

    /** A required point in time (ISO-8601, e.g. 2026-12-24T09:00:00Z) of a named field. */
    public static Instant instant(Object raw, String field) {
        return parsed(raw, field, Instant::parse, "error.form.dateTime");
    }

    /** A required date (2026-12-24) of a named field. */
    public static LocalDate date(Object raw, String field) {
        return parsed(raw, field, LocalDate::parse, "error.form.date");
    }

    /** A required time of day (09:00) of a named field. */
    public static LocalTime time(Object raw, String field) {
        return parsed(raw, field, LocalTime::parse, "error.form.time");
    }

    /** One of a closed set of choices; the refusal names the field and the choices. */
    public static <E extends Enum<E>> E choice(Class<E> type, Object raw, String field) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(raw)) {
                return value;
            }
        }
        throw new InvalidInputException(
                "error.form.choice",
                field,
                Arrays.stream(type.getEnumConstants())
                        .map(Enum::name)
                        .collect(Collectors.joining(", ")));
    }

    private static <T> T parsed(
            Object raw, String field, Function<String, T> parse, String messageKey) {
        if (raw instanceof String s) {
            try {
                return parse.apply(s.strip());
            } catch (DateTimeParseException e) {
                // named below
            }
        }
        throw new InvalidInputException(messageKey, field);
    }

    /**
     * The text of a named field, or null when it is left out; a number, true/false, a list or an
     * object is refused naming the field, instead of failing later on a cast.
     */
    public static String text(Object raw, String field) {
        if (raw == null || raw instanceof String) {
            return (String) raw;
        }
        throw new InvalidInputException("error.form.text", field);
    }

    /** The text of a value, or null. */
    public static String text(Object raw) {
        return raw == null ? null : String.valueOf(raw);
    }
}
