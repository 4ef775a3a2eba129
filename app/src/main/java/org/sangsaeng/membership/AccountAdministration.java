package org.sangsaeng.membership;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sangsaeng.membership.domain.MerchantRegistrations;
import org.sangsaeng.membership.domain.UserAccount;
import org.sangsaeng.membership.domain.UserAccounts;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.AdministrativeChange;
import org.sangsaeng.shared.AdministrativeChange.Action;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.Texts;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts administered by the foundation and admins: made with a temporary password, roles
 * changed, deactivated and reactivated, passwords reset. Admins do everything; foundation officers
 * administer merchants' and suppliers' accounts only. Nobody takes away the last active admin.
 * Every change publishes an {@link AdministrativeChange} in its transaction; a refused change
 * writes nothing. Finding accounts is {@link AccountSearch}; anonymising them {@link
 * AccountAnonymisation}.
 */
@Service
@Transactional
public class AccountAdministration {

    private final UserAccounts accounts;
    private final MerchantRegistrations registrations;
    private final AccountSupport support;
    private final PasswordEncoder passwordEncoder;
    private final ApiTokenService tokens;
    private final Clock clock;

    AccountAdministration(
            UserAccounts accounts,
            MerchantRegistrations registrations,
            AccountSupport support,
            PasswordEncoder passwordEncoder,
            ApiTokenService tokens,
            Clock clock) {
        this.accounts = accounts;
        this.registrations = registrations;
        this.support = support;
        this.passwordEncoder = passwordEncoder;
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * A new account with a temporary password, shown this once; duplicate usernames and phones are
     * refused.
     */
    public TemporaryPassword create(NewAccount account) {
        CurrentUser me = support.administrator();
        if (account == null) {
            throw new InvalidInputException("error.account.username", "");
        }
        String username = AccountInput.username(account.username());
        String displayName = AccountInput.displayName(account.displayName());
        String phone = AccountInput.phone(account.phone());
        String email = AccountInput.email(account.email());
        Set<Role> roles = AccountInput.roles(account.roles());
        mayGive(me, roles);
        if (accounts.findByUsername(username).isPresent()) {
            throw new BusinessException("error.account.exists", username);
        }
        // The merchant who signed up with it gets it when the sign-up is approved (approve that
        // instead).
        if (registrations.existsByUsernameAndStatusIn(username, MerchantSignUp.OPEN)) {
            throw new BusinessException("error.registration.usernamePending", username);
        }
        if (phone != null && accounts.existsByPhoneIn(List.of(phone, phone.replace("-", "")))) {
            throw new BusinessException("error.account.phoneExists", phone);
        }
        String temporary = TemporaryPasswords.next();
        UserAccount created =
                accounts.saveAndFlush(
                        UserAccount.withTemporaryPassword(
                                username,
                                passwordEncoder.encode(temporary),
                                displayName,
                                phone,
                                email,
                                roles,
                                clock.instant()));
        Map<String, String> after = new LinkedHashMap<>();
        after.put("username", username);
        after.put("displayName", displayName);
        // Contact details are personal data: the trail says that they were given, not what they
        // are.
        after.put("phone", phone == null ? "none" : "given");
        after.put("email", email == null ? "none" : "given");
        after.put("roles", names(roles));
        after.put("mustChangePassword", "true");
        publish(created, Action.CREATED, me, Map.of(), after);
        return new TemporaryPassword(AccountSupport.summary(created), temporary);
    }

    /**
     * The roles an account is given now (SUPPLIER, FOUNDATION, ADMIN); only admins give or take
     * FOUNDATION and ADMIN. Taking a role away ends the account's web sessions at their next
     * request (API tokens read the roles on every call).
     */
    public AccountSummary changeRoles(long accountId, Set<Role> wanted) {
        CurrentUser me = support.administrator();
        Set<Role> roles = AccountInput.roles(wanted);
        UserAccount account = support.find(accountId);
        mayTouch(me, account);
        Set<Role> before = EnumSet.noneOf(Role.class);
        before.addAll(account.getRoles());
        Set<Role> changed = EnumSet.copyOf(AccountInput.GIVEN);
        changed.removeIf(r -> before.contains(r) == roles.contains(r));
        mayGive(me, changed);
        if (changed.isEmpty()) {
            return AccountSupport.summary(account);
        }
        if (before.contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            support.keepAnAdmin(account);
        }
        account.changeRoles(roles, clock.instant());
        publish(
                account,
                Action.ROLES_CHANGED,
                me,
                Map.of("roles", names(before)),
                Map.of("roles", names(roles)));
        return AccountSupport.summary(account);
    }

    /**
     * The account can no longer sign in: its web sessions end at their next request and its API
     * tokens now.
     */
    public AccountSummary deactivate(long accountId, String reason) {
        CurrentUser me = support.administrator();
        String why = Texts.required(reason, 500, "error.account.reasonRequired");
        UserAccount account = support.find(accountId);
        mayTouch(me, account);
        support.keepAnAdmin(account);
        account.deactivate(why, clock.instant());
        tokens.revokeAllOf(account.getId());
        publish(
                account,
                Action.DEACTIVATED,
                me,
                Map.of("active", "true"),
                Map.of("active", "false", "reason", why));
        return AccountSupport.summary(account);
    }

    public AccountSummary reactivate(long accountId) {
        CurrentUser me = support.administrator();
        UserAccount account = support.find(accountId);
        mayTouch(me, account);
        String reason = account.getDeactivationReason();
        account.reactivate();
        publish(
                account,
                Action.REACTIVATED,
                me,
                Map.of("active", "false", "reason", reason == null ? "" : reason),
                Map.of("active", "true"));
        return AccountSupport.summary(account);
    }

    /**
     * A new temporary password, shown this once, to be changed at the next sign-in; the account's
     * web sessions and API tokens end (someone else may have had the old password).
     */
    public TemporaryPassword resetPassword(long accountId) {
        CurrentUser me = support.administrator();
        UserAccount account = support.find(accountId);
        mayTouch(me, account);
        String temporary = TemporaryPasswords.next();
        account.resetPassword(passwordEncoder.encode(temporary), clock.instant());
        tokens.revokeAllOf(account.getId());
        publish(account, Action.PASSWORD_RESET, me, Map.of(), Map.of("mustChangePassword", "true"));
        return new TemporaryPassword(AccountSupport.summary(account), temporary);
    }

    /** Foundation officers administer merchants and suppliers, not other officers or admins. */
    private static void mayTouch(CurrentUser me, UserAccount account) {
        if (!me.has(Role.ADMIN)
                && account.getRoles().stream().anyMatch(AccountInput.PRIVILEGED::contains)) {
            throw new AccessDeniedException("error.account.privilegedAdminOnly");
        }
    }

    private static void mayGive(CurrentUser me, Set<Role> roles) {
        if (!me.has(Role.ADMIN) && roles.stream().anyMatch(AccountInput.PRIVILEGED::contains)) {
            throw new AccessDeniedException("error.account.grantAdminOnly");
        }
    }

    private void publish(
            UserAccount account,
            Action action,
            CurrentUser actor,
            Map<String, String> before,
            Map<String, String> after) {
        support.publish(account, action, actor.username(), before, after);
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /**
     * The given role a client names (SUPPLIER, FOUNDATION, ADMIN; MEMBER to search for merchants);
     * others refused by name.
     */
    public static Role role(String name) {
        return AccountInput.role(name);
    }
}
