package org.sangsaeng.membership;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.domain.Membership;
import org.sangsaeng.membership.domain.Memberships;
import org.sangsaeng.membership.domain.UserAccount;
import org.sangsaeng.membership.domain.UserAccounts;
import org.sangsaeng.shared.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Who is calling: every service method starts here, on the server, for the signed-in user. */
@Service
@Transactional(readOnly = true)
public class CurrentUsers {

    private final UserAccounts accounts;
    private final Memberships memberships;
    private final CoopService coops;

    CurrentUsers(UserAccounts accounts, Memberships memberships, CoopService coops) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.coops = coops;
    }

    /** The signed-in user; refuses anonymous callers. */
    public CurrentUser require() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null
                || !auth.isAuthenticated()
                || auth instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException("error.auth.required");
        }
        return inThisTransaction(auth.getName());
    }

    /**
     * Who the user is, read once per transaction: an answer's form and the services it calls each
     * ask, and the transaction sees one account and one set of memberships anyway.
     */
    private CurrentUser inThisTransaction(String username) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return byUsername(username);
        }
        Object bound = TransactionSynchronizationManager.getResource(this);
        if (bound instanceof CurrentUser known && known.username().equals(username)) {
            return known;
        }
        CurrentUser me = byUsername(username);
        if (bound == null) {
            TransactionSynchronizationManager.bindResource(this, me);
            TransactionSynchronizationManager.registerSynchronization(
                    new TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            TransactionSynchronizationManager.unbindResourceIfPossible(
                                    CurrentUsers.this);
                        }
                    });
        }
        return me;
    }

    /**
     * The signed-in user, who must be allowed to read the co-op's affairs (a member, the foundation
     * or an admin); an unknown co-op is "not found".
     */
    public CurrentUser requireReaderOf(long coopId) {
        CurrentUser me = require();
        coops.get(coopId);
        if (!me.mayRead(coopId)) {
            throw new AccessDeniedException("error.coop.notMember");
        }
        return me;
    }

    /**
     * The signed-in foundation officer or admin (who oversee every co-op); anyone else is refused
     * with the message that names what they tried.
     */
    public CurrentUser requireOverseer(String refusalKey) {
        CurrentUser me = require();
        if (!me.overseesAll()) {
            throw new AccessDeniedException(refusalKey);
        }
        return me;
    }

    public CurrentUser byUsername(String username) {
        UserAccount account =
                accounts.findByUsername(username)
                        .orElseThrow(() -> new AccessDeniedException("error.auth.required"));
        return of(account);
    }

    CurrentUser of(UserAccount account) {
        List<CoopMembership> mine =
                memberships
                        .findByUserIdAndStatus(account.getId(), Membership.Status.ACTIVE)
                        .stream()
                        .map(
                                m ->
                                        new CoopMembership(
                                                m.getCoopId(),
                                                m.getRole() == Membership.MembershipRole.LEADER,
                                                m.getBusinessType(),
                                                m.getShopName()))
                        .toList();
        var roles = EnumSet.noneOf(Role.class);
        roles.addAll(account.getRoles());
        if (!mine.isEmpty()) {
            roles.add(Role.MEMBER);
        }
        if (mine.stream().anyMatch(CoopMembership::leader)) {
            roles.add(Role.LEADER);
        }
        return new CurrentUser(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                Locale.forLanguageTag(account.getLocale()),
                roles,
                mine,
                coops.supplierOf(account.getId()).orElse(null));
    }
}
