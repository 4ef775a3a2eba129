package org.sangsaeng.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Korean business registration number (사업자등록번호), kept as {@code 123-45-67890}. The tenth digit is
 * a check digit: the first nine are weighted 1,3,7,1,3,7,1,3,5 and summed, the ninth once more as
 * {@code floor(d9 * 5 / 10)} (the tens of its own weighted product), and the check digit is {@code
 * (10 - sum % 10) % 10}. A number with a wrong check digit was mistyped; one with a right check
 * digit may still not be registered (only the National Tax Service knows that).
 */
public record BusinessNumber(String value) {

    private static final Pattern FORM = Pattern.compile("^(\\d{3})-?(\\d{2})-?(\\d{5})$");
    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    public BusinessNumber {
        Matcher m = FORM.matcher(value == null ? "" : value);
        if (!m.matches()) {
            throw new InvalidInputException(
                    "error.businessNumber.format", value == null ? "" : value);
        }
        String digits = m.group(1) + m.group(2) + m.group(3);
        if (checkDigit(digits.substring(0, 9)) != digits.charAt(9) - '0') {
            throw new InvalidInputException("error.businessNumber.checkDigit", value);
        }
        value = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
    }

    /** Reads what people type: blanks around it, with or without the dashes. */
    public static BusinessNumber of(String typed) {
        return new BusinessNumber(typed == null ? null : typed.strip().replace(" ", ""));
    }

    /**
     * The number whose first nine digits are these (dashes allowed), completed with its check
     * digit.
     */
    public static BusinessNumber completing(String firstNine) {
        String digits = firstNine.replace("-", "");
        if (!digits.matches("\\d{9}")) {
            throw new IllegalArgumentException("nine digits expected: " + firstNine);
        }
        return new BusinessNumber(digits + checkDigit(digits));
    }

    static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        sum += (nineDigits.charAt(8) - '0') * 5 / 10;
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
