package org.sangsaeng.membership;

import java.util.Set;
import org.sangsaeng.shared.BusinessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * In production (no demo data), the first administrator comes from configuration, into an empty
 * database only. Made once every bean is ready (the schema is migrated), before the web server
 * takes requests and the engine connects: the sign-in page never answers before the administrator
 * can sign in.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountService accounts;
    private final String username;
    private final String password;

    FirstAdmin(
            AccountService accounts,
            @Value("${sangsaeng.admin.username:}") String username,
            @Value("${sangsaeng.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void afterSingletonsInstantiated() {
        createIfNone();
    }

    void createIfNone() {
        if (accounts.hasAccounts()) {
            return;
        }
        if (username.isBlank()) {
            // Without demo data and without a first administrator nobody could sign in: say how to
            // go on.
            log.warn(
                    "The database has no accounts and nobody can sign in: set SANGSAENG_ADMIN_USERNAME and"
                            + " SANGSAENG_ADMIN_PASSWORD (at least 12 characters) for the first administrator, or"
                            + " SANGSAENG_DEMO=true to try the demo market");
            return;
        }
        if (password.length() < 12) {
            throw new IllegalStateException(
                    "SANGSAENG_ADMIN_PASSWORD must have at least 12 characters");
        }
        try {
            accounts.createAccount(username, password, username, Set.of(Role.ADMIN));
            log.info("Created the first administrator '{}'", username);
        } catch (BusinessException | DataIntegrityViolationException e) {
            // Several app nodes starting on one empty database: another node created the account
            // first.
            if (!accounts.hasAccounts()) {
                throw e;
            }
            log.info("The first administrator '{}' was created by another node", username);
        }
    }
}
