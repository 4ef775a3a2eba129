package org.sangsaeng.membership.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a Prometheus server read {@code /actuator/prometheus} with {@code Authorization: Bearer
 * <SANGSAENG_METRICS_TOKEN>}: no account, no password in its configuration, and the role {@value
 * #ROLE} that opens that one endpoint and nothing else. On any other path, or with another token,
 * the request goes on as if this filter were not there (an unknown bearer token is then refused by
 * the API token filter).
 */
class MetricsTokenFilter extends OncePerRequestFilter {

    static final String PATH = "/actuator/prometheus";
    static final String ROLE = "METRICS";
    static final int MIN_LENGTH = 32;

    private final byte[] expected;

    /**
     * @param token the configured token; blank = none (only administrators read the metrics)
     */
    MetricsTokenFilter(String token) {
        if (!token.isBlank() && token.length() < MIN_LENGTH) {
            throw new IllegalStateException(
                    "SANGSAENG_METRICS_TOKEN must have at least "
                            + MIN_LENGTH
                            + " characters (for example: openssl rand -hex 32)");
        }
        this.expected = token.isBlank() ? null : sha256(token);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return expected == null
                || !PATH.equals(
                        request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = BearerTokens.of(request);
        // Compared as hashes of equal length, in constant time: the comparison tells nothing of the
        // token.
        if (token == null || !MessageDigest.isEqual(expected, sha256(token))) {
            chain.doFilter(request, response);
            return;
        }
        BearerTokens.continueAs(new Scraper(), request, response, chain);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Prometheus server: no user, only the metrics role. */
    static final class Scraper extends AbstractAuthenticationToken {

        Scraper() {
            super(List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return "metrics-scraper";
        }
    }
}
