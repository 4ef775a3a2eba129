package org.sangsaeng.membership;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sangsaeng.membership.domain.OneTimeCode;
import org.sangsaeng.membership.domain.OneTimeCodes;
import org.sangsaeng.membership.domain.UserAccount;
import org.sangsaeng.membership.domain.UserAccounts;
import org.sangsaeng.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A forgotten password, reset with a six-digit code sent to the person's phone and e-mail. Whoever
 * asks gets the same answer whether the name exists or not, so that the form tells nobody which
 * accounts exist. A code lives ten minutes, is used once, dies after five wrong tries, and a new
 * request replaces the open one; at most three codes per account in fifteen minutes are sent, so
 * that nobody floods a person's phone. A reset ends every session and token of the account and
 * lifts a sign-in lock.
 */
@Service
@Transactional
public class PasswordReset {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    static final Duration THROTTLE_WINDOW = Duration.ofMinutes(15);
    static final int MAX_CODES_PER_WINDOW = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccounts accounts;
    private final OneTimeCodes codes;
    private final ApiTokenService tokens;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    // Compared with when the name is unknown, so that a wrong name takes as long as a wrong code.
    private final String unknownHash;

    PasswordReset(
            UserAccounts accounts,
            OneTimeCodes codes,
            ApiTokenService tokens,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.codes = codes;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.unknownHash = passwordEncoder.encode("no-such-code");
    }

    /**
     * Sends a code to the account's phone and e-mail, if the account exists and may sign in;
     * answers nothing either way.
     */
    public void request(String username) {
        Optional<UserAccount> found = account(username);
        if (found.isEmpty()) {
            return;
        }
        UserAccount account = found.get();
        Instant now = clock.instant();
        if (codes.countByPurposeAndSubjectAndCreatedAtAfter(
                        OneTimeCode.Purpose.PASSWORD_RESET,
                        account.getUsername(),
                        now.minus(THROTTLE_WINDOW))
                >= MAX_CODES_PER_WINDOW) {
            return;
        }
        openCodes(account).forEach(c -> c.close(now));
        String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
        OneTimeCode saved =
                codes.save(
                        new OneTimeCode(
                                OneTimeCode.Purpose.PASSWORD_RESET,
                                account.getUsername(),
                                passwordEncoder.encode(code),
                                now,
                                now.plus(LIFETIME)));
        events.publishEvent(
                new PasswordResetCodeIssued(account.getId(), code, saved.getExpiresAt()));
    }

    /**
     * Sets a new password with the code that was sent. A wrong, expired or used code and an unknown
     * name get the same refusal; a wrong code counts against it (kept although the call is
     * refused). A new password that breaks the policy is refused before the code is spent.
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public void confirm(String username, String code, String newPassword) {
        Optional<UserAccount> found = account(username);
        Instant now = clock.instant();
        Optional<OneTimeCode> open =
                found.flatMap(
                        a ->
                                openCodes(a).stream()
                                        .filter(c -> c.isOpen(now))
                                        .max(Comparator.comparing(OneTimeCode::getExpiresAt)));
        boolean matches =
                passwordEncoder.matches(
                        code == null ? "" : code.strip(),
                        open.map(OneTimeCode::getCodeHash).orElse(unknownHash));
        if (open.isEmpty() || !matches) {
            open.ifPresent(c -> c.recordWrongAttempt(now));
            throw new InvalidInputException("error.reset.codeInvalid");
        }
        UserAccount account = found.get();
        PasswordPolicy.check(newPassword, account.getUsername());
        open.get().close(now);
        account.changePassword(passwordEncoder.encode(newPassword), now);
        tokens.revokeAll(account.getUsername());
    }

    private Optional<UserAccount> account(String username) {
        if (username == null || username.isBlank() || username.length() > 64) {
            return Optional.empty();
        }
        return accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                .filter(UserAccount::isEnabled);
    }

    private List<OneTimeCode> openCodes(UserAccount account) {
        return codes.findByPurposeAndSubjectAndClosedAtIsNull(
                OneTimeCode.Purpose.PASSWORD_RESET, account.getUsername());
    }
}
