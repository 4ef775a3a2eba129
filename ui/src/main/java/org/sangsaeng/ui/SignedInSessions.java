package org.sangsaeng.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.sangsaeng.membership.AccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Web sessions that end when their account says so, on every app node: each session remembers when
 * it signed in, and a request of a session signed in before the account's "sign out everywhere" (or
 * password change, or deactivation) ends the session instead of being served. One read of the
 * account by its unique name per request.
 */
@Component
public class SignedInSessions {

    static final String SIGNED_IN_AT = "sangsaeng.signedInAt";
    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

    private final AccountService accounts;
    private final Clock clock;

    SignedInSessions(AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes()
                instanceof ServletRequestAttributes attributes) {
            attributes.getRequest().getSession(true).setAttribute(SIGNED_IN_AT, clock.instant());
        }
    }

    /** This session goes on after its person changed their password here (the others end). */
    public void keepThisOne() {
        if (RequestContextHolder.getRequestAttributes()
                instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(SIGNED_IN_AT, clock.instant());
            }
        }
    }

    /**
     * Whether the session may go on. While the database cannot answer, the request goes on to the
     * page, which cannot read anything either and shows its own "try again" (a database outage must
     * not look like being signed out); the check runs again on the next request.
     */
    private boolean stillValid(String username, Instant signedInAt) {
        try {
            return accounts.sessionValid(username, signedInAt);
        } catch (DataAccessException | TransactionException e) {
            log.warn(
                    "Could not check the session of {} ({}); serving the request",
                    username,
                    e.getMessage());
            return true;
        }
    }

    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(
                    HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                // The session's own sign-in, read from the session (not from a thread's holder).
                String username =
                        session == null
                                ? null
                                : session.getAttribute(
                                                                HttpSessionSecurityContextRepository
                                                                        .SPRING_SECURITY_CONTEXT_KEY)
                                                        instanceof SecurityContext context
                                                && context.getAuthentication() != null
                                                && context.getAuthentication().isAuthenticated()
                                        ? context.getAuthentication().getName()
                                        : null;
                if (username != null) {
                    // A session from before this check existed counts as signed in long ago.
                    Instant signedInAt =
                            session.getAttribute(SIGNED_IN_AT) instanceof Instant at
                                    ? at
                                    : Instant.EPOCH;
                    if (!stillValid(username, signedInAt)) {
                        session.invalidate();
                        SecurityContextHolder.clearContext();
                        // This request is not served either: the person signs in again.
                        response.sendRedirect(request.getContextPath() + "/login");
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }
}
