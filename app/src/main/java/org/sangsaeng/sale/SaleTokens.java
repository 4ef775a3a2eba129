package org.sangsaeng.sale;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/** An order's link token (256 bits, kept only as its SHA-256) and its pickup code (8 characters a person can type). */
final class SaleTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    // No 0/O, 1/I/L: read aloud or typed at a busy counter.
    private static final char[] CODE = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private SaleTokens() {
    }

    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String code() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(CODE[RANDOM.nextInt(CODE.length)]);
        }
        return code.toString();
    }

    /** A code as typed or scanned: blanks and dashes dropped, upper case. */
    static String normalizeCode(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A phone as lists show it: 010-****-5678. */
    static String masked(String phone) {
        return phone.length() < 4 ? "****" : phone.substring(0, 4) + "****" + phone.substring(phone.length() - 5);
    }
}
