package org.sangsaeng.membership;

import java.security.SecureRandom;
import java.util.Base64;
import org.sangsaeng.shared.Tokens;

/**
 * Unguessable tokens of links sent by SMS or e-mail (revise a sign-up, accept an invitation); only
 * their hash is kept.
 */
final class LinkTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkTokens() {}

    static String next() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Tokens.hash(token == null ? "" : token.strip());
    }
}
