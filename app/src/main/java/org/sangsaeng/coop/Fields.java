package org.sangsaeng.coop;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sangsaeng.shared.InvalidInputException;

/** Checks of what officers type into the administration forms; each refusal names the field. */
final class Fields {

    // Mobile (010), Seoul (02), regions (031-064), internet phones (070) and personal numbers (050x).
    private static final Pattern PHONE = Pattern.compile("^(01[016789]|02|0[3-6][1-5]|070|050[2-8]?)-?(\\d{3,4})-?(\\d{4})$");
    // Nationwide numbers of companies: 1588-1234.
    private static final Pattern NATIONWIDE = Pattern.compile("^(1[5-9]\\d{2})-?(\\d{4})$");
    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");

    private Fields() {
    }

    /** The text without surrounding blanks; refused when empty or longer than {@code max}. */
    static String required(String text, int max, String field) {
        String t = optional(text, max, field);
        if (t.isEmpty()) {
            throw new InvalidInputException("error.admin." + field + ".blank");
        }
        return t;
    }

    /** The text without surrounding blanks, empty when there is none; refused when longer than {@code max}. */
    static String optional(String text, int max, String field) {
        String t = text == null ? "" : text.strip();
        if (t.length() > max) {
            throw new InvalidInputException("error.admin." + field + ".tooLong", max);
        }
        return t;
    }

    /** A Korean mobile or landline number in its dashed form (010-1234-5678, 02-123-4567, 1588-1234). */
    static String phone(String typed) {
        String t = typed == null ? "" : typed.strip().replace(" ", "");
        Matcher m = PHONE.matcher(t);
        if (m.matches()) {
            return m.group(1) + "-" + m.group(2) + "-" + m.group(3);
        }
        Matcher n = NATIONWIDE.matcher(t);
        if (n.matches()) {
            return n.group(1) + "-" + n.group(2);
        }
        throw new InvalidInputException(t.isEmpty() ? "error.admin.contactPhone.blank" : "error.admin.contactPhone.invalid",
                typed);
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
