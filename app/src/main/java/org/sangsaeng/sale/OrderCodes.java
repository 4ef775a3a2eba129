package org.sangsaeng.sale;

import java.util.Locale;

/** A pickup code as typed or scanned at a busy counter: blanks and dashes dropped, upper case. */
final class OrderCodes {

    private OrderCodes() {}

    static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
