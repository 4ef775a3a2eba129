package org.sangsaeng.membership.security;

import java.time.Duration;
import org.sangsaeng.membership.SignInThrottle;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signing in with a password (the sign-in page and HTTP Basic alike), slowed by the
 * {@link SignInThrottle}: during a wait the password is not even checked; a wrong one is counted,
 * a right one clears the account's counts.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    /** Refused because of too many recent wrong passwords: try again after {@code retryAfter}. */
    static final class SlowDown extends AuthenticationException {

        private final Duration retryAfter;

        SlowDown(Duration retryAfter) {
            super("Too many wrong passwords; try again in " + retryAfter.toSeconds() + " s");
            this.retryAfter = retryAfter;
        }

        long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null ? web.getRemoteAddress() : SignInThrottle.currentAddress();
        Duration wait = throttle.wait(username, address);
        if (wait.isPositive()) {
            throw new SlowDown(wait);
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
        throttle.succeeded(username, address);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
