package org.sangsaeng.membership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.sangsaeng.membership.PasswordReset;
import org.sangsaeng.shared.Answer;
import org.sangsaeng.shared.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A forgotten password: open to everyone, since whoever forgot it cannot sign in. */
@RestController
@RequestMapping("/api/v1/password-reset")
@Tag(name = "My account", description = "The signed-in person's own account")
class PasswordResetController {

    private final PasswordReset reset;
    private final Messages messages;

    PasswordResetController(PasswordReset reset, Messages messages) {
        this.reset = reset;
        this.messages = messages;
    }

    record ResetRequest(String username) {}

    record ResetConfirmation(String username, String code, String newPassword) {}

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary =
                    "Send a reset code to the account's phone and e-mail; the same answer whether the name"
                            + " exists or not (no sign-in needed)")
    Answer request(@RequestBody ResetRequest request, Locale locale) {
        reset.request(request.username());
        return Answer.of(messages, "reset.sent", locale);
    }

    @PostMapping("/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary =
                    "Set a new password with the code that was sent: every session and API token of the"
                            + " account ends (no sign-in needed)")
    void confirm(@RequestBody ResetConfirmation confirmation) {
        reset.confirm(confirmation.username(), confirmation.code(), confirmation.newPassword());
    }
}
