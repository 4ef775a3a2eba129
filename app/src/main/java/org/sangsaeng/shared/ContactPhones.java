package org.sangsaeng.shared;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phone number people call: a mobile, a landline or a company's nationwide number, in its dashed
 * form.
 */
public final class ContactPhones {

    // Mobile (010), Seoul (02), regions (031-064), internet phones (070) and personal numbers
    // (050x).
    private static final Pattern PHONE =
            Pattern.compile("^(01[016789]|02|0[3-6][1-5]|070|050[2-8]?)-?(\\d{3,4})-?(\\d{4})$");
    // Nationwide numbers of companies: 1588-1234.
    private static final Pattern NATIONWIDE = Pattern.compile("^(1[5-9]\\d{2})-?(\\d{4})$");

    private ContactPhones() {}

    /**
     * 010-1234-5678, 031-123-4567 or 1588-1234 from what was typed (blanks and dashes optional);
     * empty when it is none of these.
     */
    public static Optional<String> dashed(String typed) {
        String t = typed == null ? "" : typed.strip().replace(" ", "");
        Matcher m = PHONE.matcher(t);
        if (m.matches()) {
            return Optional.of(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
        }
        Matcher n = NATIONWIDE.matcher(t);
        if (n.matches()) {
            return Optional.of(n.group(1) + "-" + n.group(2));
        }
        return Optional.empty();
    }
}
