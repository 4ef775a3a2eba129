package org.sangsaeng.membership.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.sangsaeng.membership.ApiTokenService;
import org.sangsaeng.shared.ProblemResponses;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in with {@code Authorization: Bearer <token>} (see {@link ApiTokenService});
 * requests without a bearer token go on to HTTP Basic. A token that is unknown, expired or revoked,
 * or whose account may no longer sign in, is refused with 401 and a message.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final AccountUserDetailsService users;
    private final ProblemResponses problems;

    ApiTokenAuthenticationFilter(AccountUserDetailsService users, ProblemResponses problems) {
        this.users = users;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = BearerTokens.of(request);
        if (token == null
                || SecurityContextHolder.getContext().getAuthentication()
                        instanceof MetricsTokenFilter.Scraper) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserDetails> user;
        try {
            user = users.signedInBy(token);
        } catch (DataAccessException | TransactionException e) {
            // The token may well be good: the database cannot say for now.
            problems.write(
                    request,
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    ProblemResponses.UNAVAILABLE);
            return;
        }
        if (user.isEmpty()) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "error.auth.tokenInvalid");
            return;
        }
        BearerTokens.continueAs(
                new TokenAuthentication(user.get(), token), request, response, chain);
    }

    /**
     * A request signed in by a bearer token; the token is kept to revoke it ("sign out this
     * client").
     */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final UserDetails user;
        private final String token;

        TokenAuthentication(UserDetails user, String token) {
            super(user.getAuthorities());
            this.user = user;
            this.token = token;
            setAuthenticated(true);
        }

        String token() {
            return token;
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return user;
        }
    }
}
