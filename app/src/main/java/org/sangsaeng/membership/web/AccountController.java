package org.sangsaeng.membership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.PasswordChange;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "My account", description = "The signed-in person's own account")
class AccountController {

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @PutMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change my password (the current one required); every API token of mine is revoked,"
            + " this one too: sign in again with the new password")
    void changePassword(@RequestBody PasswordChange change) {
        accounts.changeMyPassword(change.currentPassword(), change.newPassword());
    }

    @PostMapping("/sign-out-everywhere")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sign me out everywhere: every web session of mine ends and every API token of mine is"
            + " revoked, this one too")
    void signOutEverywhere() {
        accounts.signOutEverywhere();
    }
}
