package org.sangsaeng.membership.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sangsaeng.membership.ApiTokenService;
import org.sangsaeng.membership.domain.UserAccount;
import org.sangsaeng.membership.domain.UserAccounts;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in; roles are checked again by each service, so authorities are
 * informative, except {@link #PASSWORD_CHANGE_REQUIRED}: an account with a temporary password may
 * only change it.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    /** The authority of an account that must change its temporary password before anything else. */
    static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private final UserAccounts accounts;
    private final ApiTokenService tokens;

    AccountUserDetailsService(UserAccounts accounts, ApiTokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return details(
                accounts.findByUsername(username)
                        .orElseThrow(() -> new UsernameNotFoundException("No such account")));
    }

    /**
     * The person a bearer token signs in, if the token is good and their account may still sign in:
     * token, account and roles in one read, as every API request does it.
     */
    Optional<UserDetails> signedInBy(String token) {
        return tokens.accountOf(token)
                .map(AccountUserDetailsService::details)
                .filter(u -> u.isEnabled() && u.isAccountNonLocked());
    }

    private static UserDetails details(UserAccount account) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        account.getRoles()
                .forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
        if (account.isMustChangePassword()) {
            authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
        }
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isEnabled())
                .authorities(authorities)
                .build();
    }
}
