package org.sangsaeng.membership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.PasswordChange;
import org.sangsaeng.membership.PersonalData;
import org.sangsaeng.membership.PersonalDataService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
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
    private final PersonalDataService personalData;

    AccountController(AccountService accounts, PersonalDataService personalData) {
        this.accounts = accounts;
        this.personalData = personalData;
    }

    @PutMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary =
                    "Change my password (the current one required); every API token of mine is revoked,"
                            + " this one too: sign in again with the new password")
    void changePassword(@RequestBody PasswordChange change) {
        accounts.changeMyPassword(change.currentPassword(), change.newPassword());
    }

    record Leaving(String password) {}

    @GetMapping("/data")
    @Operation(
            summary =
                    "My personal data as the app holds it: account, co-op memberships, applications")
    PersonalData myData() {
        return personalData.mine();
    }

    @PostMapping("/leave")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary =
                    "Leave (my password required): my account is anonymised and can never sign in again;"
                            + " my votes, ledger rows and the audit trail stay, without my name")
    void leave(@RequestBody Leaving leaving) {
        personalData.leave(leaving == null ? null : leaving.password());
    }

    @PostMapping("/sign-out-everywhere")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary =
                    "Sign me out everywhere: every web session of mine ends and every API token of mine is"
                            + " revoked, this one too")
    void signOutEverywhere() {
        accounts.signOutEverywhere();
    }
}
