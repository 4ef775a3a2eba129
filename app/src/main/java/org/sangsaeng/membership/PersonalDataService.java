package org.sangsaeng.membership;

import java.util.EnumSet;
import java.util.List;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.domain.Membership;
import org.sangsaeng.membership.domain.Memberships;
import org.sangsaeng.membership.domain.UserAccount;
import org.sangsaeng.membership.domain.UserAccounts;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own data: what the app holds about them, and leaving (their account anonymised). */
@Service
@Transactional
public class PersonalDataService {

    private final UserAccounts accounts;
    private final Memberships memberships;
    private final MembershipService applications;
    private final AccountAnonymisation anonymisation;
    private final CurrentUsers currentUsers;
    private final CoopService coops;
    private final AccountService accountService;

    PersonalDataService(
            UserAccounts accounts,
            Memberships memberships,
            MembershipService applications,
            AccountAnonymisation anonymisation,
            CurrentUsers currentUsers,
            CoopService coops,
            AccountService accountService) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.applications = applications;
        this.anonymisation = anonymisation;
        this.currentUsers = currentUsers;
        this.coops = coops;
        this.accountService = accountService;
    }

    @Transactional(readOnly = true)
    public PersonalData mine() {
        UserAccount a = me();
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(a.getRoles());
        List<PersonalData.MembershipEntry> mine =
                memberships.findByUserId(a.getId()).stream()
                        .map(
                                m ->
                                        new PersonalData.MembershipEntry(
                                                m.getCoopId(),
                                                coops.get(m.getCoopId()).name(),
                                                m.getRole() == Membership.MembershipRole.LEADER,
                                                m.getBusinessType(),
                                                m.getShopName(),
                                                m.getStatus().name(),
                                                m.getJoinedAt(),
                                                m.getOpeningHours(),
                                                m.getShopPlace(),
                                                m.getShopDescription(),
                                                m.getShopPhone()))
                        .toList();
        return new PersonalData(
                new PersonalData.Account(
                        a.getId(),
                        a.getUsername(),
                        a.getDisplayName(),
                        a.getPhone(),
                        a.getEmail(),
                        a.getLocale(),
                        roles,
                        a.isEnabled(),
                        a.getCreatedAt()),
                mine,
                applications.myApplications());
    }

    /**
     * The signed-in person leaves: with their password as proof (a wrong one counts as a failed
     * sign-in), their account is anonymised as an admin would (the last active admin cannot leave).
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public void leave(String password) {
        UserAccount account = me();
        accountService.checkPassword(account, password, "error.account.leavePasswordWrong");
        anonymisation.anonymise(account, AccountInput.LEFT_PREFIX + account.getId());
    }

    private UserAccount me() {
        return accounts.findById(currentUsers.require().id())
                .orElseThrow(() -> new AccessDeniedException("error.auth.required"));
    }
}
