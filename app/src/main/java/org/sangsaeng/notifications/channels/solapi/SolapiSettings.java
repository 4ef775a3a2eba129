package org.sangsaeng.notifications.channels.solapi;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach SOLAPI: the account's API key and secret, the registered sender number, the
 * KakaoTalk channel's id (pfId, blank for SMS/LMS only), the 알림톡 templates (see {@link
 * KakaoTemplates}), and how long to wait between the quick retries of one attempt (429 and 5xx
 * answers).
 */
record SolapiSettings(
        URI baseUrl,
        String apiKey,
        String apiSecret,
        String sender,
        String kakaoPfId,
        String kakaoTemplates,
        Duration backOff) {

    SolapiSettings {
        if (apiSecret == null || apiSecret.isBlank()) {
            throw new IllegalStateException(
                    "SANGSAENG_SOLAPI_API_SECRET is required with SANGSAENG_SOLAPI_API_KEY");
        }
        if (sender == null || !sender.replaceAll("[-\\s]", "").matches("\\d{8,11}")) {
            throw new IllegalStateException(
                    "SANGSAENG_SOLAPI_SENDER must be the registered sender number "
                            + "(digits, for example 0317001234), not '"
                            + sender
                            + "'");
        }
        sender = sender.replaceAll("[-\\s]", "");
        kakaoPfId = kakaoPfId == null ? "" : kakaoPfId.trim();
        kakaoTemplates = kakaoTemplates == null ? "" : kakaoTemplates;
    }

    boolean kakao() {
        return !kakaoPfId.isEmpty();
    }
}
