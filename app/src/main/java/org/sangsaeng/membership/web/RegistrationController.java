package org.sangsaeng.membership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.sangsaeng.membership.MarketChoice;
import org.sangsaeng.membership.MerchantRegistrationSteps;
import org.sangsaeng.membership.MerchantSignUp;
import org.sangsaeng.membership.PhoneVerification;
import org.sangsaeng.membership.RegistrationDetails;
import org.sangsaeng.membership.RegistrationReceipt;
import org.sangsaeng.membership.SignUpForm;
import org.sangsaeng.membership.SignUpPrefill;
import org.sangsaeng.shared.Answer;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.PhoneCodeRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A merchant's own sign-up: open to everyone but reading one, since whoever signs up has no account
 * yet.
 */
@RestController
@RequestMapping("/api/v1/registrations")
@Tag(
        name = "Sign-up",
        description =
                "Merchants sign up themselves; the foundation reviews (merchant-registration)")
class RegistrationController {

    private final MerchantSignUp signUp;
    private final PhoneVerification phones;
    private final MerchantRegistrationSteps steps;
    private final Messages messages;

    RegistrationController(
            MerchantSignUp signUp,
            PhoneVerification phones,
            MerchantRegistrationSteps steps,
            Messages messages) {
        this.signUp = signUp;
        this.phones = phones;
        this.steps = steps;
        this.messages = messages;
    }

    record Notice(String version, String text) {}

    @GetMapping("/markets")
    @Operation(summary = "The markets a merchant can choose from (no sign-in needed)")
    List<MarketChoice> markets() {
        return signUp.markets();
    }

    @GetMapping("/privacy-notice")
    @Operation(
            summary =
                    "The privacy notice a sign-up agrees to, with its version (no sign-in needed)")
    Notice privacyNotice(Locale locale) {
        return new Notice(
                signUp.privacyNoticeVersion(),
                messages.get("registration.privacy.text", Messages.supported(locale)));
    }

    @PostMapping("/phone-codes")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary =
                    "Send a 6-digit code by SMS to prove the phone (at most 3 in 15 minutes; no sign-in needed)")
    Answer sendCode(@RequestBody PhoneCodeRequest request, Locale locale) {
        return Answer.of(
                messages, "registration.codeSent", locale, phones.send(request.phone(), locale));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Sign up with the code from the SMS: the foundation reviews it (no sign-in needed)")
    RegistrationReceipt signUp(@RequestBody SignUpForm form, Locale locale) {
        return signUp.signUp(form, locale);
    }

    @GetMapping("/invitations/{token}")
    @Operation(
            summary =
                    "What a leader's invitation fills in: name, contact and market (no sign-in needed)")
    SignUpPrefill invitation(@PathVariable String token) {
        return signUp.invitation(token);
    }

    @GetMapping("/revisions/{token}")
    @Operation(
            summary =
                    "The sign-up the revise link opens, with what the foundation asked to change (no sign-in needed)")
    SignUpPrefill revision(@PathVariable String token) {
        return signUp.revision(token);
    }

    @PutMapping("/revisions/{token}")
    @Operation(
            summary =
                    "Send the corrected sign-up back to the foundation; the link works once (no sign-in needed)")
    RegistrationReceipt revise(
            @PathVariable String token, @RequestBody SignUpForm form, Locale locale) {
        return signUp.revise(token, form, locale);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A sign-up as the foundation reviews it (foundation and admins only)")
    RegistrationDetails get(@PathVariable long id) {
        return steps.details(id);
    }
}
