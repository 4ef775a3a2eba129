package org.sangsaeng.membership;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.sangsaeng.membership.domain.UserAccount;
import org.sangsaeng.membership.domain.UserAccounts;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.AdministrativeChange;
import org.sangsaeng.shared.AdministrativeChange.Action;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What administering, searching and anonymising accounts share: only the foundation and admins may,
 * the last active admin stays, every change goes into the trail, and an account is shown as its
 * summary. Runs in its callers' transactions.
 */
@Component
class AccountSupport {

    private final UserAccounts accounts;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountSupport(
            UserAccounts accounts,
            CurrentUsers currentUsers,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.currentUsers = currentUsers;
        this.events = events;
        this.clock = clock;
    }

    CurrentUser administrator() {
        CurrentUser me = currentUsers.require();
        if (!me.overseesAll()) {
            throw new AccessDeniedException("error.account.administratorsOnly");
        }
        return me;
    }

    /** Refuses to take the last active admin away: nobody could administer the system any more. */
    void keepAnAdmin(UserAccount account) {
        if (account.isEnabled()
                && account.getRoles().contains(Role.ADMIN)
                && accounts.lockActiveAdmins().stream()
                        .allMatch(a -> a.getId().equals(account.getId()))) {
            throw new BusinessException("error.account.lastAdmin");
        }
    }

    UserAccount find(long accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new NotFoundException("error.account.notFound", accountId));
    }

    /** An {@link AdministrativeChange} of the account, in the caller's transaction. */
    void publish(
            UserAccount account,
            Action action,
            String actor,
            Map<String, String> before,
            Map<String, String> after) {
        events.publishEvent(
                new AdministrativeChange(
                        AdministrativeChange.Subject.ACCOUNT,
                        account.getId(),
                        action,
                        actor,
                        clock.instant(),
                        before,
                        after));
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
}
