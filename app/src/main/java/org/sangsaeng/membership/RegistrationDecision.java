package org.sangsaeng.membership;

import java.util.Locale;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.Texts;

/**
 * The foundation's answer to a sign-up, as the BPMN's {@code decision} variable holds it: approve,
 * ask for changes (saying which), or reject (saying why).
 */
public enum RegistrationDecision {
    APPROVE,
    CHANGES,
    REJECT;

    /** The decision a form or a client sent, by name; anything else is refused by name. */
    public static RegistrationDecision of(Object value) {
        if (value instanceof RegistrationDecision decision) {
            return decision;
        }
        try {
            return valueOf(String.valueOf(value).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("error.registration.decisionRequired");
        }
    }

    /** The text the applicant reads: why (REJECT) or what to change (CHANGES); none for APPROVE. */
    public String requireText(Object text) {
        return switch (this) {
            case APPROVE -> "";
            case REJECT ->
                    Texts.required(
                            text == null ? null : text.toString(),
                            1000,
                            "error.registration.reasonRequired");
            case CHANGES ->
                    Texts.required(
                            text == null ? null : text.toString(),
                            1000,
                            "error.registration.changesRequired");
        };
    }
}
