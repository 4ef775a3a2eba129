package org.sangsaeng.membership;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.sangsaeng.membership.domain.ApiToken;
import org.sangsaeng.membership.domain.ApiTokens;
import org.sangsaeng.membership.domain.UserAccount;
import org.sangsaeng.membership.domain.UserAccounts;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.Tokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for API clients: a client signs in once with its password, gets a token and sends
 * it instead of the password (a password check costs a BCrypt hash, a token check one indexed
 * read). Only a token's SHA-256 is stored; a token works until it expires or is revoked, and only
 * while its account may sign in.
 */
@Service
@Transactional
public class ApiTokenService {

    /**
     * What tells a token apart from other credentials (and makes leaked ones easy to search for).
     */
    public static final String PREFIX = "sst_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokens tokens;
    private final UserAccounts accounts;
    private final Clock clock;
    private final Duration lifetime;
    private final int maxPerUser;

    ApiTokenService(
            ApiTokens tokens,
            UserAccounts accounts,
            Clock clock,
            @Value("${sangsaeng.api.token-lifetime:P30D}") Duration lifetime,
            @Value("${sangsaeng.api.max-tokens-per-user:10}") int maxPerUser) {
        if (lifetime.isNegative() || lifetime.isZero() || maxPerUser < 1) {
            throw new IllegalArgumentException(
                    "sangsaeng.api.token-lifetime and max-tokens-per-user must be positive");
        }
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
        this.lifetime = lifetime;
        this.maxPerUser = maxPerUser;
    }

    public record IssuedToken(String token, Instant expiresAt) {}

    /**
     * A new token for this account, which has just proven its password; beyond the limit the oldest
     * is revoked.
     */
    public IssuedToken issue(String username) {
        UserAccount account =
                accounts.findByUsername(username)
                        .orElseThrow(() -> new AccessDeniedException("error.auth.required"));
        Instant now = clock.instant();
        tokens.deleteUnusableBefore(account.getId(), now.minus(Duration.ofDays(30)));
        List<ApiToken> valid = tokens.findValid(account.getId(), now);
        valid.stream().skip(maxPerUser - 1L).forEach(t -> t.revoke(now));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken saved =
                tokens.save(
                        new ApiToken(Tokens.hash(token), account.getId(), now, now.plus(lifetime)));
        return new IssuedToken(token, saved.getExpiresAt());
    }

    /**
     * The account a token signs in, if it is a token of ours that is neither expired nor revoked
     * (whether the account may still sign in is the caller's to check). One read, outside any
     * transaction: a transaction's own statements (read only, autocommit off, commit, and back)
     * would be four of a request's statements more, for a single read.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<UserAccount> accountOf(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.accountSignedInBy(Tokens.hash(token), clock.instant());
    }

    /**
     * Revokes one token (signing out of one client); an unknown or already revoked token changes
     * nothing.
     */
    public void revoke(String token) {
        if (token != null && token.startsWith(PREFIX)) {
            tokens.findByTokenHash(Tokens.hash(token)).ifPresent(t -> t.revoke(clock.instant()));
        }
    }

    /** Revokes every token of the account (signing out everywhere); returns how many it revoked. */
    public int revokeAll(String username) {
        UserAccount account =
                accounts.findByUsername(username)
                        .orElseThrow(() -> new AccessDeniedException("error.auth.required"));
        return tokens.revokeAll(account.getId(), clock.instant());
    }

    /** Revokes every token of the account by its id (its name may be about to change). */
    int revokeAllOf(long accountId) {
        return tokens.revokeAll(accountId, clock.instant());
    }
}
