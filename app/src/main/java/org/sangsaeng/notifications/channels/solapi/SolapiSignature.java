package org.sangsaeng.notifications.channels.solapi;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SOLAPI's API-key authentication: {@code HMAC-SHA256 apiKey=.., date=.., salt=.., signature=..},
 * the signature being the hex HMAC-SHA256 of date + salt under the API secret. The provider refuses
 * a signature seen before within 15 minutes, so every request has a new random salt.
 */
final class SolapiSignature {

    private static final String ALPHABET =
            "1234567890abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String apiKey;
    private final String apiSecret;

    SolapiSignature(String apiKey, String apiSecret) {
        this.apiKey = apiKey;
        this.apiSecret = apiSecret;
    }

    String header(Instant now) {
        String date = now.truncatedTo(ChronoUnit.SECONDS).toString();
        String salt = salt();
        return "HMAC-SHA256 apiKey="
                + apiKey
                + ", date="
                + date
                + ", salt="
                + salt
                + ", signature="
                + sign(apiSecret, date + salt);
    }

    static String sign(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    private static String salt() {
        StringBuilder salt = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            salt.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return salt.toString();
    }
}
