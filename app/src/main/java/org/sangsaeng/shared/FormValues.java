package org.sangsaeng.shared;

/** Values people submit in task forms and JSON bodies, read strictly. */
public final class FormValues {

    private FormValues() {
    }

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

    /** The text of a value, or null. */
    public static String text(Object raw) {
        return raw == null ? null : String.valueOf(raw);
    }
}
