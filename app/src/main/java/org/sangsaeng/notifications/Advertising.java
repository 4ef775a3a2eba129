package org.sangsaeng.notifications;

import java.time.Instant;
import java.time.LocalTime;

/**
 * What the law asks of an advertising text message (정보통신망법 제50조 and its decree): it starts with
 * "(광고)" and the sender's name, says how to refuse further messages free of charge, and is not sent
 * between 21:00 and 08:00 without a separate consent, which the app does not collect.
 */
public final class Advertising {

    public static final LocalTime NIGHT_FROM = LocalTime.of(21, 0);
    public static final LocalTime NIGHT_UNTIL = LocalTime.of(8, 0);

    private Advertising() {}

    /**
     * The text as the customer reads it: "(광고)[shop] text", then the free opt-out: the customer's
     * own link, and the operator's free 080 number where one is configured.
     */
    public static String text(String sender, String text, String optOutLink, String optOutPhone) {
        StringBuilder s =
                new StringBuilder("(광고)[")
                        .append(sender)
                        .append("] ")
                        .append(text)
                        .append("\n무료수신거부: ")
                        .append(optOutLink);
        if (optOutPhone != null && !optOutPhone.isBlank()) {
            s.append(" 또는 ").append(optOutPhone.strip());
        }
        return s.toString();
    }

    /** Now, or 08:00 in Seoul when now is in the night. */
    public static Instant nextAllowed(Instant now) {
        return QuietHours.nextAllowed(now, NIGHT_FROM, NIGHT_UNTIL);
    }
}
