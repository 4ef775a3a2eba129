package org.sangsaeng.membership.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sangsaeng.shared.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An API client signed in with a temporary password may change the password, sign out and get or
 * give back a token, nothing else: every other request is refused with 403 and a message saying so.
 * The authority is read with the account on every request (HTTP Basic and bearer tokens alike), so
 * the change takes effect at the next request.
 */
class TemporaryPasswordFilter extends OncePerRequestFilter {

    private final ProblemResponses problems;

    TemporaryPasswordFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null
                && auth.getAuthorities().stream()
                        .anyMatch(
                                a ->
                                        AccountUserDetailsService.PASSWORD_CHANGE_REQUIRED.equals(
                                                a.getAuthority()))
                && !allowed(request)) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "error.password.mustChange");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        return ("PUT".equals(method) && path.equals("/api/v1/me/password"))
                || ("POST".equals(method) && path.equals("/api/v1/me/sign-out-everywhere"))
                || path.equals("/api/v1/auth/tokens")
                || path.equals("/api/v1/auth/tokens/current");
    }
}
