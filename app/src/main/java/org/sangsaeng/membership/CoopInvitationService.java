package org.sangsaeng.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.domain.CoopInvitation;
import org.sangsaeng.membership.domain.CoopInvitations;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.PublicAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A co-op leader (or the foundation) invites a merchant to sign up: a link by SMS (or e-mail) that
 * fills in the sign-up page, works once and for {@link #LIFETIME}. An approved sign-up from it
 * applies to the co-op, whose leaders still confirm the member.
 */
@Service
@Transactional
public class CoopInvitationService {

    static final Duration LIFETIME = Duration.ofDays(14);

    private final CoopInvitations invitations;
    private final CurrentUsers currentUsers;
    private final CoopService coops;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublicAddress publicAddress;

    CoopInvitationService(
            CoopInvitations invitations,
            CurrentUsers currentUsers,
            CoopService coops,
            ApplicationEventPublisher events,
            Clock clock,
            PublicAddress publicAddress) {
        this.invitations = invitations;
        this.currentUsers = currentUsers;
        this.coops = coops;
        this.events = events;
        this.clock = clock;
        this.publicAddress = publicAddress;
    }

    public InvitationSummary invite(long coopId, InvitationForm form) {
        CurrentUser me = currentUsers.require();
        var coop = coops.get(coopId);
        if (!me.oversees(coopId)) {
            throw new AccessDeniedException("error.invitation.notLeader");
        }
        if (form == null) {
            throw new InvalidInputException("error.account.displayNameRequired");
        }
        String name = AccountInput.displayName(form.name());
        String phone = AccountInput.phone(form.phone());
        String email = AccountInput.email(form.email());
        if (phone == null && email == null) {
            throw new InvalidInputException("error.invitation.contactRequired");
        }
        String token = LinkTokens.next();
        Instant now = clock.instant();
        CoopInvitation invitation =
                invitations.saveAndFlush(
                        new CoopInvitation(
                                coopId,
                                me.id(),
                                name,
                                phone,
                                email,
                                LinkTokens.hash(token),
                                now,
                                now.plus(LIFETIME)));
        events.publishEvent(
                new CoopInvitationIssued(
                        invitation.getId(),
                        coopId,
                        coop.name(),
                        me.displayName(),
                        name,
                        phone,
                        email,
                        publicAddress.of("/sign-up?invite=" + token)));
        return new InvitationSummary(
                invitation.getId(), coopId, name, phone, email, invitation.getExpiresAt());
    }
}
