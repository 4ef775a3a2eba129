package org.sangsaeng.membership;

import java.time.Clock;
import java.util.Map;
import org.sangsaeng.membership.domain.Membership;
import org.sangsaeng.membership.domain.Memberships;
import org.sangsaeng.membership.domain.UserAccount;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.AdministrativeChange.Action;
import org.sangsaeng.shared.BusinessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person leaves: their account keeps its row, its votes, ledger rows and audit trail, but nothing
 * that names the person, and it can never sign in again. Admins do it on request; a person does it
 * for themselves through {@link PersonalDataService}.
 */
@Service
@Transactional
public class AccountAnonymisation {

    private final Memberships memberships;
    private final AccountSupport support;
    private final ApiTokenService tokens;
    private final Clock clock;

    AccountAnonymisation(
            Memberships memberships, AccountSupport support, ApiTokenService tokens, Clock clock) {
        this.memberships = memberships;
        this.support = support;
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * The person left (admins only): the account keeps its row, its votes, ledger rows and audit
     * trail, but nothing that names the person, and it can never sign in again; its co-op
     * memberships end (status LEFT).
     */
    public AccountSummary anonymise(long accountId) {
        CurrentUser me = support.administrator();
        if (!me.has(Role.ADMIN)) {
            throw new AccessDeniedException("error.account.anonymiseAdminOnly");
        }
        UserAccount account = support.find(accountId);
        anonymise(account, me.username());
        return AccountSupport.summary(account);
    }

    /** Anonymises the account (see {@link #anonymise(long)}) on behalf of {@code actor}. */
    void anonymise(UserAccount account, String actor) {
        if (account.isAnonymised()) {
            throw new BusinessException("error.account.anonymised", account.getId());
        }
        support.keepAnAdmin(account);
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
        support.publish(
                account,
                Action.ANONYMISED,
                actor,
                Map.of("personalData", "removed", "active", Boolean.toString(wasActive)),
                Map.of(
                        "username",
                        account.getUsername(),
                        "displayName",
                        account.getDisplayName(),
                        "active",
                        "false"));
    }
}
