package org.sangsaeng.coupons;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sangsaeng.shared.InvalidInputException;

/** Korean mobile numbers: kept as 010-1234-5678, shown masked as 010-****-5678. */
public final class Phones {

    private static final Pattern MOBILE = Pattern.compile("^(01[016789])-?(\\d{3,4})-?(\\d{4})$");

    private Phones() {}

    /** The number in its standard form; refused unless it is a Korean mobile number. */
    public static String normalize(String phone) {
        Matcher m = MOBILE.matcher(phone == null ? "" : phone.trim().replace(" ", ""));
        if (!m.matches()) {
            throw new InvalidInputException("error.customer.phone", phone == null ? "" : phone);
        }
        return m.group(1) + "-" + m.group(2) + "-" + m.group(3);
    }

    public static String masked(String phone) {
        String[] parts = phone.split("-");
        return parts[0] + "-" + "*".repeat(parts[1].length()) + "-" + parts[2];
    }
}
