package org.sangsaeng.membership;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.sangsaeng.membership.domain.OneTimeCode;
import org.sangsaeng.membership.domain.OneTimeCodes;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.TooManyAttemptsException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proves that a phone belongs to the person signing up: a six-digit code by SMS, with the rules of
 * {@link PasswordReset} (ten minutes, used once, five wrong tries kill it, a newer code replaces
 * it, at most three codes per phone in fifteen minutes). The code is checked when the sign-up is
 * sent.
 */
@Service
@Transactional
public class PhoneVerification {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final OneTimeCode.Purpose PURPOSE = OneTimeCode.Purpose.PHONE_VERIFICATION;

    private final OneTimeCodes codes;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PhoneVerification(
            OneTimeCodes codes,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock) {
        this.codes = codes;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sends a code to the phone and answers how many minutes it is good for; too many codes lately
     * are refused.
     */
    public long send(String phone, Locale locale) {
        return send(phone, locale, PhoneCodeIssued.Use.SIGN_UP);
    }

    /**
     * {@link #send(String, Locale)} for a customer ordering a joint sale's sets: the SMS is worded
     * for an order.
     */
    public long sendForOrder(String phone, Locale locale) {
        return send(phone, locale, PhoneCodeIssued.Use.ORDER);
    }

    private long send(String phone, Locale locale, PhoneCodeIssued.Use use) {
        String number = AccountInput.phone(phone);
        if (number == null) {
            throw new InvalidInputException("error.registration.phoneRequired");
        }
        Instant now = clock.instant();
        if (codes.countByPurposeAndSubjectAndCreatedAtAfter(
                        PURPOSE, number, now.minus(PasswordReset.THROTTLE_WINDOW))
                >= PasswordReset.MAX_CODES_PER_WINDOW) {
            throw new TooManyAttemptsException("error.phoneCode.throttled");
        }
        codes.findByPurposeAndSubjectAndClosedAtIsNull(PURPOSE, number).forEach(c -> c.close(now));
        String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
        OneTimeCode saved =
                codes.save(
                        new OneTimeCode(
                                PURPOSE,
                                number,
                                passwordEncoder.encode(code),
                                now,
                                now.plus(PasswordReset.LIFETIME)));
        events.publishEvent(
                new PhoneCodeIssued(
                        number,
                        code,
                        Messages.supported(locale).getLanguage(),
                        saved.getExpiresAt(),
                        use));
        return PasswordReset.LIFETIME.toMinutes();
    }

    /**
     * Spends the code sent to the phone as a person typed it (a customer ordering a joint offer's
     * sets), with the rules of {@link #verify}; returns the number as stored (010-1234-5678). The
     * caller keeps a wrong try on refusal ({@code noRollbackFor = InvalidInputException}) and
     * writes nothing before it.
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public String prove(String phone, String code) {
        String number = AccountInput.phone(phone);
        if (number == null) {
            throw new InvalidInputException("error.registration.phoneRequired");
        }
        verify(number, code);
        return number;
    }

    /**
     * Spends the code sent to the (normalised) phone; a wrong, expired, used or worn-out code is
     * refused by name. A wrong try counts against the code, so the caller keeps it on refusal
     * ({@code noRollbackFor = InvalidInputException}) and writes nothing else before this check.
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    Instant verify(String phone, String code) {
        Instant now = clock.instant();
        OneTimeCode latest =
                codes.findFirstByPurposeAndSubjectOrderByIdDesc(PURPOSE, phone)
                        .orElseThrow(() -> new InvalidInputException("error.phoneCode.none"));
        String typed = code == null ? "" : code.strip();
        if (typed.isEmpty()) {
            throw new InvalidInputException("error.phoneCode.required");
        }
        if (latest.isWornOut()) {
            throw new InvalidInputException("error.phoneCode.tooManyTries");
        }
        if (latest.isClosed()) {
            throw new InvalidInputException("error.phoneCode.used");
        }
        if (!now.isBefore(latest.getExpiresAt())) {
            throw new InvalidInputException("error.phoneCode.expired");
        }
        if (!passwordEncoder.matches(typed, latest.getCodeHash())) {
            latest.recordWrongAttempt(now);
            throw new InvalidInputException("error.phoneCode.wrong");
        }
        latest.close(now);
        return now;
    }
}
