package org.sangsaeng.membership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sangsaeng.membership.AccountAdministration;
import org.sangsaeng.membership.AccountAnonymisation;
import org.sangsaeng.membership.AccountPage;
import org.sangsaeng.membership.AccountQuery;
import org.sangsaeng.membership.AccountSearch;
import org.sangsaeng.membership.AccountSummary;
import org.sangsaeng.membership.NewAccount;
import org.sangsaeng.membership.Role;
import org.sangsaeng.membership.TemporaryPassword;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/accounts")
@Tag(
        name = "Account administration",
        description =
                "Accounts made, deactivated, reset and anonymised by the"
                        + " foundation (merchants and suppliers) and admins (everyone)")
class AccountAdministrationController {

    private final AccountAdministration administration;
    private final AccountSearch search;
    private final AccountAnonymisation anonymisation;

    AccountAdministrationController(
            AccountAdministration administration,
            AccountSearch search,
            AccountAnonymisation anonymisation) {
        this.administration = administration;
        this.search = search;
        this.anonymisation = anonymisation;
    }

    /** Roles by name, so that an unknown one is refused by name rather than as unreadable JSON. */
    record NewAccountRequest(
            String username, String displayName, String phone, String email, List<String> roles) {}

    record RolesRequest(List<String> roles) {}

    record DeactivationRequest(String reason) {}

    @GetMapping
    @Operation(
            summary =
                    "Search accounts by username, display name or phone, a page at a time (foundation and admins)")
    AccountPage search(
            @RequestParam(required = false) String q,
            @Parameter(
                            description =
                                    "SUPPLIER, FOUNDATION or ADMIN; MEMBER for merchants (no given role)")
                    @RequestParam(required = false)
                    String role,
            @RequestParam(required = false) Boolean active,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return search.search(
                new AccountQuery(
                        q,
                        role == null || role.isBlank() ? null : AccountAdministration.role(role),
                        active),
                page,
                size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One account (foundation and admins)")
    AccountSummary get(@PathVariable long id) {
        return search.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Make an account; the answer holds its temporary password, shown this once, which must be"
                            + " changed at the first sign-in (admins: any roles; foundation: merchants and suppliers)")
    TemporaryPassword create(@RequestBody NewAccountRequest request) {
        return administration.create(
                request == null
                        ? null
                        : new NewAccount(
                                request.username(),
                                request.displayName(),
                                request.phone(),
                                request.email(),
                                roles(request.roles())));
    }

    @PutMapping("/{id}/roles")
    @Operation(
            summary =
                    "The account's given roles now (only admins give or take FOUNDATION and ADMIN; the last"
                            + " active admin keeps ADMIN)")
    AccountSummary changeRoles(@PathVariable long id, @RequestBody RolesRequest request) {
        return administration.changeRoles(id, roles(request == null ? null : request.roles()));
    }

    @PostMapping("/{id}/deactivate")
    @Operation(
            summary =
                    "Deactivate the account with a reason: it cannot sign in, its sessions and tokens end at once")
    AccountSummary deactivate(@PathVariable long id, @RequestBody DeactivationRequest request) {
        return administration.deactivate(id, request == null ? null : request.reason());
    }

    @PostMapping("/{id}/reactivate")
    @Operation(summary = "Reactivate a deactivated account")
    AccountSummary reactivate(@PathVariable long id) {
        return administration.reactivate(id);
    }

    @PostMapping("/{id}/password-reset")
    @Operation(
            summary =
                    "A new temporary password, shown this once, to be changed at the next sign-in; the"
                            + " account's sessions and tokens end")
    TemporaryPassword resetPassword(@PathVariable long id) {
        return administration.resetPassword(id);
    }

    @PostMapping("/{id}/anonymise")
    @Operation(
            summary =
                    "The person left (admins only): name, phone, e-mail and username replaced, password"
                            + " unusable, memberships ended; votes, ledger rows and the audit trail stay")
    AccountSummary anonymise(@PathVariable long id) {
        return anonymisation.anonymise(id);
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(n -> roles.add(AccountAdministration.role(n)));
        }
        return roles;
    }
}
