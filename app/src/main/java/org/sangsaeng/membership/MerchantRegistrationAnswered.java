package org.sangsaeng.membership;

/**
 * The foundation answered a sign-up, or its revise link is sent again: the applicant, who has no
 * account yet (or has just got one), hears it by SMS. {@code text} is the reason or what to change;
 * {@code link} is the sign-in page or the revise page; {@code key} makes the message go once.
 */
public record MerchantRegistrationAnswered(
        long registrationId,
        String phone,
        String locale,
        RegistrationStatus status,
        String text,
        String link,
        String key) {

    @Override
    public String toString() {
        return "MerchantRegistrationAnswered[registrationId="
                + registrationId
                + ", status="
                + status
                + "]";
    }
}
