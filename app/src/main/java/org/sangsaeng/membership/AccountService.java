package org.sangsaeng.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.sangsaeng.membership.domain.Membership;
import org.sangsaeng.membership.domain.Memberships;
import org.sangsaeng.membership.domain.UserAccount;
import org.sangsaeng.membership.domain.UserAccounts;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.TooManyAttemptsException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: creation (set-up and demo data), sign-in bookkeeping and preferences. */
@Service
@Transactional
public class AccountService {

    private final UserAccounts accounts;
    private final Memberships memberships;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUsers currentUsers;
    private final ApiTokenService tokens;
    private final Clock clock;
    private final SignInThrottle throttle;

    AccountService(
            UserAccounts accounts,
            Memberships memberships,
            PasswordEncoder passwordEncoder,
            CurrentUsers currentUsers,
            ApiTokenService tokens,
            Clock clock,
            SignInThrottle throttle) {
        this.throttle = throttle;
        this.tokens = tokens;
        this.accounts = accounts;
        this.memberships = memberships;
        this.passwordEncoder = passwordEncoder;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** For set-up and demo data, not exposed to users. */
    public long createAccount(
            String username, String rawPassword, String displayName, Set<Role> roles) {
        if (accounts.findByUsername(username).isPresent()) {
            throw new BusinessException("error.account.exists", username);
        }
        return accounts.save(
                        new UserAccount(
                                username,
                                passwordEncoder.encode(rawPassword),
                                displayName,
                                "ko",
                                roles,
                                clock.instant()))
                .getId();
    }

    /** For set-up and demo data: puts a merchant into a co-op directly. */
    public void addMembership(
            long coopId, long userId, boolean leader, BusinessType businessType, String shopName) {
        memberships.save(
                new Membership(
                        coopId,
                        userId,
                        leader
                                ? Membership.MembershipRole.LEADER
                                : Membership.MembershipRole.MEMBER,
                        businessType,
                        shopName,
                        clock.instant()));
    }

    /**
     * The signed-in person changes their password, giving the current one (a wrong one counts as a
     * failed sign-in, so guessing here locks the account as on the sign-in page). Every API token
     * of the account is revoked: a client that signed in with the old password signs in again.
     * Returns how many tokens were revoked.
     */
    // A refusal keeps the failed attempt it counted; nothing else is written before a refusal.
    @Transactional(noRollbackFor = InvalidInputException.class)
    public int changeMyPassword(String currentPassword, String newPassword) {
        CurrentUser me = currentUsers.require();
        UserAccount account =
                accounts.findById(me.id())
                        .orElseThrow(() -> new AccessDeniedException("error.auth.required"));
        checkPassword(account, currentPassword, "error.password.currentWrong");
        PasswordPolicy.check(newPassword, account.getUsername());
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new InvalidInputException("error.password.unchanged");
        }
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        return tokens.revokeAll(account.getUsername());
    }

    /**
     * The person's password as proof that it is them, slowed like signing in: during a wait it is
     * refused unchecked, and a wrong one counts as a failed sign-in.
     */
    // Refusing marks no caller's transaction for rollback: the caller's refusal is what the person
    // sees.
    @Transactional(noRollbackFor = {InvalidInputException.class, TooManyAttemptsException.class})
    void checkPassword(UserAccount account, String password, String wrongKey) {
        String address = SignInThrottle.currentAddress();
        java.time.Duration wait = throttle.wait(account.getUsername(), address);
        if (wait.isPositive()) {
            throw new TooManyAttemptsException("error.signIn.slowDown");
        }
        if (password == null || !passwordEncoder.matches(password, account.getPasswordHash())) {
            throttle.failed(account.getUsername(), address);
            throw new InvalidInputException(wrongKey);
        }
    }

    /**
     * Signs the signed-in person out everywhere: every web session of theirs ends at its next
     * request (on every app node, this one too) and every API token is revoked. Returns how many
     * tokens were revoked.
     */
    public int signOutEverywhere() {
        CurrentUser me = currentUsers.require();
        UserAccount account =
                accounts.findById(me.id())
                        .orElseThrow(() -> new AccessDeniedException("error.auth.required"));
        account.signOutEverywhere(clock.instant());
        return tokens.revokeAll(account.getUsername());
    }

    /**
     * Whether the signed-in person must change their (temporary) password before anything else;
     * false for someone not signed in.
     */
    @Transactional(readOnly = true)
    public boolean mustChangeMyPassword() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null
                || !auth.isAuthenticated()
                || auth instanceof AnonymousAuthenticationToken) {
            return false;
        }
        return accounts.findByUsername(auth.getName())
                .map(UserAccount::isMustChangePassword)
                .orElse(false);
    }

    /**
     * Whether a web session of this account signed in at this time may go on (not signed out
     * everywhere since, not deactivated).
     */
    @Transactional(readOnly = true)
    public boolean sessionValid(String username, Instant signedInAt) {
        return accounts.findByUsername(username).map(a -> a.sessionValid(signedInAt)).orElse(false);
    }

    /** The signed-in user's language, ko or en. */
    public void changeMyLocale(String language) {
        if (!"ko".equals(language) && !"en".equals(language)) {
            throw new InvalidInputException("error.locale.unsupported", language);
        }
        CurrentUser me = currentUsers.require();
        accounts.findById(me.id()).ifPresent(a -> a.changeLocale(language));
    }

    @Transactional(readOnly = true)
    public boolean hasAccounts() {
        return accounts.count() > 0;
    }
}
