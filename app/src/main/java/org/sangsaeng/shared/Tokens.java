package org.sangsaeng.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Unguessable tokens for public links and short codes people can type at a counter (coupons,
 * joint-sale orders).
 */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** No 0/O, 1/I/L: codes are read aloud and typed on phones. */
    private static final char[] CODE = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private Tokens() {}

    /** 256 random bits, URL-safe. */
    public static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** 8 characters of 31: about 8.5 x 10^11 codes. */
    public static String code() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(CODE[RANDOM.nextInt(CODE.length)]);
        }
        return code.toString();
    }

    /** The SHA-256 of a token in hex, for links of which only the hash is kept. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
