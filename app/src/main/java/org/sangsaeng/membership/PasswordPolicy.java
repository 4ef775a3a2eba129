package org.sangsaeng.membership;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sangsaeng.shared.InvalidInputException;

/**
 * What a password a person chooses must be: 10 characters at least and 72 bytes at most (BCrypt
 * reads no further), not the account's name, and not one of the common passwords bundled with the
 * app ({@code membership/common-passwords.txt}), compared without case and spaces.
 */
final class PasswordPolicy {

    static final int MINIMUM = 10;
    static final int MAXIMUM_BYTES = 72;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    static void check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM) {
            throw new InvalidInputException("error.password.tooShort", MINIMUM);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            throw new InvalidInputException("error.password.tooLong", MAXIMUM_BYTES);
        }
        String plain = normalized(password);
        if (COMMON.contains(plain)) {
            throw new InvalidInputException("error.password.common");
        }
        if (username != null && plain.contains(normalized(username))) {
            throw new InvalidInputException("error.password.containsUsername");
        }
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        try (InputStream in =
                PasswordPolicy.class.getResourceAsStream("/membership/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException(
                        "membership/common-passwords.txt is missing from the app");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(PasswordPolicy::normalized)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the common passwords", e);
        }
    }
}
