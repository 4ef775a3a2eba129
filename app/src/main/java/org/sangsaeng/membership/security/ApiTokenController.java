package org.sangsaeng.membership.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sangsaeng.membership.ApiTokenService;
import org.sangsaeng.membership.ApiTokenService.IssuedToken;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Signing an API client in once (password, HTTP Basic) for a bearer token, and out again. */
@RestController
@RequestMapping("/api/v1/auth/tokens")
@Tag(name = "Sign-in", description = "Bearer tokens for API clients")
class ApiTokenController {

    private final ApiTokenService tokens;

    ApiTokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "A bearer token for this client; sign in with the password (HTTP Basic), not with a token")
    IssuedToken issue(Authentication signedIn) {
        // A token does not make new tokens: a stolen one would otherwise never run out.
        if (!(signedIn instanceof UsernamePasswordAuthenticationToken)) {
            throw new AccessDeniedException("error.auth.tokenNeedsPassword");
        }
        return tokens.issue(signedIn.getName());
    }

    @DeleteMapping("/current")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sign this client out: revokes the bearer token the request was sent with")
    void revokeCurrent(Authentication signedIn) {
        if (!(signedIn instanceof ApiTokenAuthenticationFilter.TokenAuthentication token)) {
            throw new InvalidInputException("error.auth.notByToken");
        }
        tokens.revoke(token.token());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sign out everywhere: revokes every token of the signed-in account")
    void revokeAll(Authentication signedIn) {
        tokens.revokeAll(signedIn.getName());
    }
}
