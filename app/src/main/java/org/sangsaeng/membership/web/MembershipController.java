package org.sangsaeng.membership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coop.CoopSummary;
import org.sangsaeng.membership.ApplicationView;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.MemberView;
import org.sangsaeng.membership.MembersAdministration;
import org.sangsaeng.membership.MembershipApplicationForm;
import org.sangsaeng.membership.MembershipService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Membership", description = "Co-ops, their members and applications to join")
class MembershipController {

    private final MembershipService memberships;
    private final CoopService coops;
    private final CurrentUsers currentUsers;
    private final MembersAdministration administration;

    MembershipController(
            MembershipService memberships,
            CoopService coops,
            CurrentUsers currentUsers,
            MembersAdministration administration) {
        this.administration = administration;
        this.memberships = memberships;
        this.coops = coops;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/me")
    @Operation(summary = "Who I am: roles, co-ops and candidate groups")
    CurrentUser me() {
        return currentUsers.require();
    }

    @GetMapping("/coops")
    @Operation(summary = "All co-ops")
    List<CoopSummary> coops() {
        currentUsers.require();
        return coops.listCoops();
    }

    @GetMapping("/coops/{coopId}/members")
    @Operation(summary = "Active members of a co-op (for its members and the foundation)")
    List<MemberView> members(@PathVariable long coopId) {
        return memberships.members(coopId);
    }

    /** A merchant the foundation takes into a co-op, with their shop. */
    record NewMember(String username, BusinessType businessType, String shopName) {}

    @PostMapping("/coops/{coopId}/members")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary =
                    "Take a merchant's account into the co-op as a member, with their shop (foundation, admin)")
    void addMember(@PathVariable long coopId, @RequestBody NewMember member) {
        administration.addMember(
                coopId, member.username(), member.businessType(), member.shopName());
    }

    /** The foundation's choice of an interim leader and why. */
    record LeaderAppointment(String username, String reason) {}

    @PutMapping("/coops/{coopId}/leader")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary =
                    "Appoint an active member as the co-op's interim leader, with a reason; the leaders before"
                            + " stay members and the leader's open tasks are the new leader's at once (foundation, admin)")
    void appointLeader(@PathVariable long coopId, @RequestBody LeaderAppointment appointment) {
        administration.appointInterim(coopId, appointment.username(), appointment.reason());
    }

    @PostMapping("/coops/{coopId}/applications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Apply to join a co-op; its leaders get a review task")
    ApplicationView apply(
            @PathVariable long coopId, @Valid @RequestBody MembershipApplicationForm form) {
        return memberships.apply(coopId, form);
    }

    @GetMapping("/applications")
    @Operation(summary = "My applications")
    List<ApplicationView> myApplications() {
        return memberships.myApplications();
    }

    @GetMapping("/applications/{id}")
    @Operation(summary = "One application (applicant, the co-op's leaders, the foundation)")
    ApplicationView application(@PathVariable long id) {
        return memberships.get(id);
    }
}
