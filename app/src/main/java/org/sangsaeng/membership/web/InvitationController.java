package org.sangsaeng.membership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sangsaeng.membership.CoopInvitationService;
import org.sangsaeng.membership.InvitationForm;
import org.sangsaeng.membership.InvitationSummary;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Membership", description = "Co-ops, their members and applications to join")
class InvitationController {

    private final CoopInvitationService invitations;

    InvitationController(CoopInvitationService invitations) {
        this.invitations = invitations;
    }

    @PostMapping("/api/v1/coops/{coopId}/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Invite a merchant to sign up and join the co-op: a link by SMS (or e-mail) that works"
                            + " once for 14 days (the co-op's leaders and the foundation)")
    InvitationSummary invite(@PathVariable long coopId, @RequestBody InvitationForm form) {
        return invitations.invite(coopId, form);
    }
}
