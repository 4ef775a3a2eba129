package org.sangsaeng.coop;

import java.util.regex.Pattern;
import org.sangsaeng.shared.InvalidInputException;

/** Checks of what officers type into the administration forms; each refusal names the field. */
final class Fields {

    private static final Pattern EMAIL =
            Pattern.compile("^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");

    private Fields() {}

    /** The text without surrounding blanks; refused when empty or longer than {@code max}. */
    static String required(String text, int max, String field) {
        String t = optional(text, max, field);
        if (t.isEmpty()) {
            throw new InvalidInputException("error.admin." + field + ".blank");
        }
        return t;
    }

    /**
     * The text without surrounding blanks, empty when there is none; refused when longer than
     * {@code max}.
     */
    static String optional(String text, int max, String field) {
        String t = text == null ? "" : text.strip();
        if (t.length() > max) {
            throw new InvalidInputException("error.admin." + field + ".tooLong", max);
        }
        return t;
    }

    /**
     * A Korean mobile or landline number in its dashed form (010-1234-5678, 02-123-4567,
     * 1588-1234).
     */
    static String phone(String typed) {
        String t = typed == null ? "" : typed.strip().replace(" ", "");
        return org.sangsaeng.shared.ContactPhones.dashed(t)
                .orElseThrow(
                        () ->
                                new InvalidInputException(
                                        t.isEmpty()
                                                ? "error.admin.contactPhone.blank"
                                                : "error.admin.contactPhone.invalid",
                                        typed));
    }

    /** An optional e-mail address; null when there is none. */
    static String email(String typed) {
        String t = optional(typed, 200, "email");
        if (t.isEmpty()) {
            return null;
        }
        if (!EMAIL.matcher(t).matches()) {
            throw new InvalidInputException("error.admin.email.invalid", t);
        }
        return t;
    }
}
