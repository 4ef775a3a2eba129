package org.sangsaeng.membership.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused unchecked because of too many recent wrong passwords: try again after {@link
 * #retryAfterSeconds()}. The account is not locked; the sign-in page says how long to wait.
 */
public final class SignInSlowedDown extends AuthenticationException {

    private final Duration retryAfter;

    SignInSlowedDown(Duration retryAfter) {
        super("Too many wrong passwords; try again in " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
