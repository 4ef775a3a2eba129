package org.sangsaeng.membership;

import java.security.SecureRandom;

/**
 * Temporary passwords: 12 letters and digits from an alphabet without look-alikes (no 0/o, 1/l/i),
 * in three groups of four to read out over the phone; about 60 bits of chance.
 */
final class TemporaryPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {}

    static String next() {
        StringBuilder password = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /**
     * A password hash no password matches (BCrypt hashes start with $2): for an account that can
     * never sign in.
     */
    static String unusable() {
        byte[] noise = new byte[24];
        RANDOM.nextBytes(noise);
        return "!left!" + java.util.HexFormat.of().formatHex(noise);
    }
}
