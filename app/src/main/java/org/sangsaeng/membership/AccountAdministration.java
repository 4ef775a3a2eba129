package org.sangsaeng.membership;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sangsaeng.membership.domain.Membership;
import org.sangsaeng.membership.domain.Memberships;
import org.sangsaeng.membership.domain.MerchantRegistrations;
import org.sangsaeng.membership.domain.UserAccount;
import org.sangsaeng.membership.domain.UserAccounts;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.AdministrativeChange;
import org.sangsaeng.shared.AdministrativeChange.Action;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts administered by the foundation and admins: made with a temporary password, roles
 * changed, deactivated and reactivated, passwords reset, and anonymised when a person leaves.
 * Admins do everything; foundation officers administer merchants' and suppliers' accounts only.
 * Nobody takes away the last active admin. Every change publishes an {@link AdministrativeChange}
 * in its transaction; a refused change writes nothing.
 */
@Service
@Transactional
public class AccountAdministration {

    public static final int MAX_PAGE_SIZE = 200;

    private final UserAccounts accounts;
    private final Memberships memberships;
    private final MerchantRegistrations registrations;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUsers currentUsers;
    private final ApiTokenService tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountAdministration(
            UserAccounts accounts,
            Memberships memberships,
            MerchantRegistrations registrations,
            PasswordEncoder passwordEncoder,
            CurrentUsers currentUsers,
            ApiTokenService tokens,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.registrations = registrations;
        this.passwordEncoder = passwordEncoder;
        this.currentUsers = currentUsers;
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A new account with a temporary password, shown this once; duplicate usernames and phones are
     * refused.
     */
    public TemporaryPassword create(NewAccount account) {
        CurrentUser me = administrator();
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
        return new TemporaryPassword(summary(created), temporary);
    }

    /**
     * Accounts the search finds, a page at a time (page from 0, size up to {@value
     * #MAX_PAGE_SIZE}), by username.
     */
    @Transactional(readOnly = true)
    public AccountPage search(AccountQuery query, int page, int size) {
        administrator();
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("error.account.page", MAX_PAGE_SIZE);
        }
        Page<UserAccount> found =
                find(
                        query == null ? AccountQuery.ALL : query,
                        PageRequest.of(page, size, Sort.by("username")));
        return new AccountPage(
                found.getContent().stream().map(AccountAdministration::summary).toList(),
                found.getTotalElements(),
                page,
                size);
    }

    @Transactional(readOnly = true)
    public AccountSummary get(long accountId) {
        administrator();
        return summary(find(accountId));
    }

    /**
     * The roles an account is given now (SUPPLIER, FOUNDATION, ADMIN); only admins give or take
     * FOUNDATION and ADMIN. Taking a role away ends the account's web sessions at their next
     * request (API tokens read the roles on every call).
     */
    public AccountSummary changeRoles(long accountId, Set<Role> wanted) {
        CurrentUser me = administrator();
        Set<Role> roles = AccountInput.roles(wanted);
        UserAccount account = find(accountId);
        mayTouch(me, account);
        Set<Role> before = EnumSet.noneOf(Role.class);
        before.addAll(account.getRoles());
        Set<Role> changed = EnumSet.copyOf(AccountInput.GIVEN);
        changed.removeIf(r -> before.contains(r) == roles.contains(r));
        mayGive(me, changed);
        if (changed.isEmpty()) {
            return summary(account);
        }
        if (before.contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            keepAnAdmin(account);
        }
        account.changeRoles(roles, clock.instant());
        publish(
                account,
                Action.ROLES_CHANGED,
                me,
                Map.of("roles", names(before)),
                Map.of("roles", names(roles)));
        return summary(account);
    }

    /**
     * The account can no longer sign in: its web sessions end at their next request and its API
     * tokens now.
     */
    public AccountSummary deactivate(long accountId, String reason) {
        CurrentUser me = administrator();
        String why = Texts.required(reason, 500, "error.account.reasonRequired");
        UserAccount account = find(accountId);
        mayTouch(me, account);
        keepAnAdmin(account);
        account.deactivate(why, clock.instant());
        tokens.revokeAllOf(account.getId());
        publish(
                account,
                Action.DEACTIVATED,
                me,
                Map.of("active", "true"),
                Map.of("active", "false", "reason", why));
        return summary(account);
    }

    public AccountSummary reactivate(long accountId) {
        CurrentUser me = administrator();
        UserAccount account = find(accountId);
        mayTouch(me, account);
        String reason = account.getDeactivationReason();
        account.reactivate();
        publish(
                account,
                Action.REACTIVATED,
                me,
                Map.of("active", "false", "reason", reason == null ? "" : reason),
                Map.of("active", "true"));
        return summary(account);
    }

    /**
     * A new temporary password, shown this once, to be changed at the next sign-in; the account's
     * web sessions and API tokens end (someone else may have had the old password).
     */
    public TemporaryPassword resetPassword(long accountId) {
        CurrentUser me = administrator();
        UserAccount account = find(accountId);
        mayTouch(me, account);
        String temporary = TemporaryPasswords.next();
        account.resetPassword(passwordEncoder.encode(temporary), clock.instant());
        tokens.revokeAllOf(account.getId());
        publish(account, Action.PASSWORD_RESET, me, Map.of(), Map.of("mustChangePassword", "true"));
        return new TemporaryPassword(summary(account), temporary);
    }

    /**
     * The person left (admins only): the account keeps its row, its votes, ledger rows and audit
     * trail, but nothing that names the person, and it can never sign in again; its co-op
     * memberships end (status LEFT).
     */
    public AccountSummary anonymise(long accountId) {
        CurrentUser me = administrator();
        if (!me.has(Role.ADMIN)) {
            throw new AccessDeniedException("error.account.anonymiseAdminOnly");
        }
        UserAccount account = find(accountId);
        anonymise(account, me.username());
        return summary(account);
    }

    /** Anonymises the account (see {@link #anonymise(long)}) on behalf of {@code actor}. */
    void anonymise(UserAccount account, String actor) {
        if (account.isAnonymised()) {
            throw new BusinessException("error.account.anonymised", account.getId());
        }
        keepAnAdmin(account);
        tokens.revokeAllOf(account.getId());
        memberships
                .findByUserIdAndStatus(account.getId(), Membership.Status.ACTIVE)
                .forEach(Membership::leave);
        boolean wasActive = account.isEnabled();
        account.anonymise(
                AccountInput.LEFT_PREFIX + account.getId(),
                "탈퇴한 회원 #" + account.getId(),
                TemporaryPasswords.unusable(),
                clock.instant());
        // What the person was called is not repeated here: the trail only says that it was removed.
        events.publishEvent(
                new AdministrativeChange(
                        AdministrativeChange.Subject.ACCOUNT,
                        account.getId(),
                        Action.ANONYMISED,
                        actor,
                        clock.instant(),
                        Map.of("personalData", "removed", "active", Boolean.toString(wasActive)),
                        Map.of(
                                "username",
                                account.getUsername(),
                                "displayName",
                                account.getDisplayName(),
                                "active",
                                "false")));
    }

    private Page<UserAccount> find(AccountQuery query, PageRequest page) {
        String text =
                query.text() == null || query.text().isBlank()
                        ? null
                        : "%"
                                + query.text()
                                        .trim()
                                        .toLowerCase(Locale.ROOT)
                                        .replace("!", "!!")
                                        .replace("%", "!%")
                                        .replace("_", "!_")
                                + "%";
        if (text != null && text.length() > 102) {
            throw new InvalidInputException("error.text.tooLong", 100);
        }
        if (query.role() == Role.LEADER) {
            throw new InvalidInputException("error.account.unknownRole", query.role());
        }
        boolean merchants = query.role() == Role.MEMBER;
        return accounts.search(
                text, merchants ? null : query.role(), merchants, query.active(), page);
    }

    private CurrentUser administrator() {
        CurrentUser me = currentUsers.require();
        if (!me.overseesAll()) {
            throw new AccessDeniedException("error.account.administratorsOnly");
        }
        return me;
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

    /** Refuses to take the last active admin away: nobody could administer the system any more. */
    private void keepAnAdmin(UserAccount account) {
        if (account.isEnabled()
                && account.getRoles().contains(Role.ADMIN)
                && accounts.lockActiveAdmins().stream()
                        .allMatch(a -> a.getId().equals(account.getId()))) {
            throw new BusinessException("error.account.lastAdmin");
        }
    }

    private UserAccount find(long accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new NotFoundException("error.account.notFound", accountId));
    }

    private void publish(
            UserAccount account,
            Action action,
            CurrentUser actor,
            Map<String, String> before,
            Map<String, String> after) {
        events.publishEvent(
                new AdministrativeChange(
                        AdministrativeChange.Subject.ACCOUNT,
                        account.getId(),
                        action,
                        actor.username(),
                        clock.instant(),
                        before,
                        after));
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static AccountSummary summary(UserAccount a) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(a.getRoles());
        return new AccountSummary(
                a.getId(),
                a.getUsername(),
                a.getDisplayName(),
                a.getPhone(),
                a.getEmail(),
                roles,
                a.isEnabled(),
                a.isMustChangePassword(),
                a.getDeactivationReason(),
                a.isAnonymised(),
                a.getCreatedAt());
    }

    /**
     * The given role a client names (SUPPLIER, FOUNDATION, ADMIN; MEMBER to search for merchants);
     * others refused by name.
     */
    public static Role role(String name) {
        return AccountInput.role(name);
    }
}
