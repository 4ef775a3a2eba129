package org.sangsaeng.membership.security;

import java.time.Duration;
import org.sangsaeng.membership.SignInThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.TransactionException;

/**
 * Signing in with a password (the sign-in page and HTTP Basic alike), slowed by the {@link
 * SignInThrottle}: during a wait the password is not even checked; a wrong one is counted, a right
 * one clears the account's counts.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledSignIn.class);

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address =
                authentication.getDetails() instanceof WebAuthenticationDetails web
                                && web.getRemoteAddress() != null
                        ? web.getRemoteAddress()
                        : SignInThrottle.currentAddress();
        Duration wait;
        try {
            wait = throttle.wait(username, address);
        } catch (DataAccessException | TransactionException e) {
            // The database is down: "try again" (503), as when the account itself cannot be read.
            throw new InternalAuthenticationServiceException(
                    "The sign-in counts could not be read", e);
        }
        if (wait.isPositive()) {
            throw new SignInSlowedDown(wait);
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            try {
                throttle.failed(username, address);
            } catch (DataAccessException | TransactionException countFailed) {
                log.warn(
                        "Could not count a wrong password for {}: {}",
                        username,
                        countFailed.toString());
            }
            throw e;
        }
        try {
            throttle.succeeded(username, address);
        } catch (DataAccessException | TransactionException e) {
            // The sign-in itself succeeded; the counts are forgotten when their window passes.
            log.warn("Could not clear the sign-in counts of {}: {}", username, e.toString());
        }
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
