package org.sangsaeng.membership;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sangsaeng.coop.AccountLookup;
import org.sangsaeng.membership.domain.UserAccount;
import org.sangsaeng.membership.domain.UserAccounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the coop module's questions about accounts and about who is signed in. */
@Component
@Transactional(readOnly = true)
class CoopAccounts implements AccountLookup {

    private final CurrentUsers currentUsers;
    private final UserAccounts accounts;

    CoopAccounts(CurrentUsers currentUsers, UserAccounts accounts) {
        this.currentUsers = currentUsers;
        this.accounts = accounts;
    }

    @Override
    public String requireAdministrator() {
        return currentUsers.requireOverseer("error.admin.notAllowed").username();
    }

    @Override
    public Optional<Account> byUsername(String username) {
        return accounts.findByUsername(username)
                .map(
                        a ->
                                new Account(
                                        a.getId(),
                                        a.getUsername(),
                                        a.getRoles().contains(Role.SUPPLIER)));
    }

    @Override
    public Map<Long, String> usernames(Collection<Long> ids) {
        return accounts.findAllById(new HashSet<>(ids)).stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getUsername));
    }
}
