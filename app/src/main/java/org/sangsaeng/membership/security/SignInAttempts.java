package org.sangsaeng.membership.security;

import org.sangsaeng.membership.AccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/** Counts wrong passwords so that repeated failures lock the account (form login and HTTP Basic alike). */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final AccountService accounts;

    SignInAttempts(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailedSignIn(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        try {
            accounts.recordSuccessfulSignIn(event.getAuthentication().getName());
        } catch (DataAccessException | TransactionException e) {
            // The sign-in itself succeeded; the count of wrong passwords is reset at the next one.
            log.warn("Could not record a successful sign-in: {}", e.toString());
        }
    }
}
