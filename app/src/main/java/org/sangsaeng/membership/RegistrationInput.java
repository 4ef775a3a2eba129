package org.sangsaeng.membership;

import java.util.Locale;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.domain.MerchantRegistration;
import org.sangsaeng.shared.BusinessNumber;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.Texts;

/**
 * The checks of a sign-up's own fields, the same for a first sign-up and a revision; each refusal
 * names the mistake.
 */
final class RegistrationInput {

    record Checked(
            String displayName,
            String shopName,
            BusinessType businessType,
            long marketId,
            String businessNumber,
            String phone,
            String email,
            String username) {}

    private RegistrationInput() {}

    static Checked check(SignUpForm form, CoopService coops) {
        if (form == null) {
            throw new InvalidInputException("error.account.displayNameRequired");
        }
        String displayName = AccountInput.displayName(form.displayName());
        String shopName =
                Texts.required(form.shopName(), 100, "error.application.shopNameRequired");
        if (form.businessType() == null) {
            throw new InvalidInputException("error.application.businessTypeRequired");
        }
        if (form.marketId() == null || !coops.marketExists(form.marketId())) {
            throw new InvalidInputException("error.registration.marketRequired");
        }
        String businessNumber = BusinessNumber.of(form.businessNumber()).value();
        String phone = AccountInput.phone(form.phone());
        if (phone == null) {
            throw new InvalidInputException("error.registration.phoneRequired");
        }
        String email = AccountInput.email(form.email());
        String username =
                AccountInput.username(
                        form.username() == null
                                ? null
                                : form.username().trim().toLowerCase(Locale.ROOT));
        if (!Boolean.TRUE.equals(form.privacyConsent())) {
            throw new InvalidInputException("error.registration.consentRequired");
        }
        return new Checked(
                displayName,
                shopName,
                form.businessType(),
                form.marketId(),
                businessNumber,
                phone,
                email,
                username);
    }

    static MerchantRegistration.Entry entry(
            Checked c,
            String passwordHash,
            java.time.Instant phoneVerifiedAt,
            Locale locale,
            String noticeVersion,
            java.time.Instant now) {
        return new MerchantRegistration.Entry(
                c.username(),
                passwordHash,
                c.displayName(),
                c.shopName(),
                c.businessType(),
                c.marketId(),
                c.businessNumber(),
                c.phone(),
                phoneVerifiedAt,
                c.email(),
                org.sangsaeng.shared.Messages.supported(locale).getLanguage(),
                noticeVersion,
                now);
    }
}
