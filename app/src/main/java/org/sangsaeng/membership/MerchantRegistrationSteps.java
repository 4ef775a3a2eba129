package org.sangsaeng.membership;

import java.time.Clock;
import java.time.Instant;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.domain.CoopInvitations;
import org.sangsaeng.membership.domain.MerchantRegistration;
import org.sangsaeng.membership.domain.MerchantRegistrations;
import org.sangsaeng.membership.domain.UserAccount;
import org.sangsaeng.membership.domain.UserAccounts;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.shared.PublicAddress;
import org.sangsaeng.shared.ReviewDecision;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code merchant-registration} after the foundation's review, each safe to run again
 * (a job is delivered at least once): make the account, record a rejection, send the revise link
 * (and again as a reminder), let the registration expire. The applicant hears each by SMS.
 */
@Service
@Transactional
public class MerchantRegistrationSteps {

    private final MerchantRegistrations registrations;
    private final CoopInvitations invitations;
    private final UserAccounts accounts;
    private final CurrentUsers currentUsers;
    private final MembershipService memberships;
    private final CoopService coops;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublicAddress publicAddress;

    MerchantRegistrationSteps(
            MerchantRegistrations registrations,
            CoopInvitations invitations,
            UserAccounts accounts,
            CurrentUsers currentUsers,
            MembershipService memberships,
            CoopService coops,
            ApplicationEventPublisher events,
            Clock clock,
            PublicAddress publicAddress) {
        this.registrations = registrations;
        this.invitations = invitations;
        this.accounts = accounts;
        this.currentUsers = currentUsers;
        this.memberships = memberships;
        this.coops = coops;
        this.events = events;
        this.clock = clock;
        this.publicAddress = publicAddress;
    }

    /** A sign-up as the foundation reviews it; nobody else may read it. */
    @Transactional(readOnly = true)
    public RegistrationDetails details(long registrationId) {
        currentUsers.requireOverseer("error.registration.notAllowed");
        MerchantRegistration r = find(registrationId);
        String invitedTo =
                r.getInvitationId() == null
                        ? null
                        : invitations
                                .findById(r.getInvitationId())
                                .map(i -> coops.get(i.getCoopId()).name())
                                .orElse(null);
        String market =
                coops.markets().stream()
                        .filter(m -> m.id() == r.getMarketId())
                        .map(m -> m.name())
                        .findFirst()
                        .orElse("?");
        return new RegistrationDetails(
                r.getId(),
                r.getStatus(),
                r.getDisplayName(),
                r.getShopName(),
                r.getBusinessType(),
                market,
                r.getBusinessNumber(),
                r.getPhone(),
                r.getPhoneVerifiedAt(),
                r.getEmail(),
                r.getUsername(),
                r.getPrivacyNoticeVersion(),
                r.getPrivacyConsentedAt(),
                invitedTo,
                r.getRevisions(),
                r.getDecisionReason(),
                r.getCreatedAt());
    }

    /**
     * Makes the merchant's account with the password they chose, and tells them they can sign in. A
     * merchant invited by a leader applies to that co-op at once; its leaders still confirm.
     */
    public void approve(long registrationId, String decidedBy) {
        MerchantRegistration r = find(registrationId);
        if (r.getStatus() == RegistrationStatus.APPROVED) {
            return;
        }
        // Taken since the sign-up (an administrator made an account by that name): the step fails
        // with
        // this reason and waits as an incident for the foundation, rather than giving the name
        // twice.
        if (accounts.findByUsername(r.getUsername()).isPresent()) {
            throw new org.sangsaeng.shared.BusinessException(
                    "error.account.exists", r.getUsername());
        }
        Instant now = clock.instant();
        UserAccount account =
                accounts.saveAndFlush(
                        UserAccount.registered(
                                r.getUsername(),
                                r.getPasswordHash(),
                                r.getDisplayName(),
                                r.getPhone(),
                                r.getEmail(),
                                r.getLocale(),
                                now));
        r.approve(account.getId(), decidedBy, now);
        events.publishEvent(
                new MerchantRegistrationAnswered(
                        r.getId(),
                        r.getPhone(),
                        r.getLocale(),
                        RegistrationStatus.APPROVED,
                        r.getUsername(),
                        publicAddress.of("/login"),
                        "registration-approved:" + r.getId()));
        if (r.getInvitationId() != null) {
            long coopId = invitations.findById(r.getInvitationId()).orElseThrow().getCoopId();
            memberships.applyAs(
                    currentUsers.byUsername(r.getUsername()),
                    coopId,
                    new MembershipApplicationForm(r.getBusinessType(), r.getShopName(), ""));
        }
    }

    public void reject(long registrationId, String reason, String decidedBy) {
        MerchantRegistration r = find(registrationId);
        if (r.getStatus() == RegistrationStatus.REJECTED) {
            return;
        }
        r.reject(
                ReviewDecision.REJECT.requireText(
                        reason,
                        "error.registration.reasonRequired",
                        "error.registration.changesRequired"),
                decidedBy,
                clock.instant());
        events.publishEvent(
                new MerchantRegistrationAnswered(
                        r.getId(),
                        r.getPhone(),
                        r.getLocale(),
                        RegistrationStatus.REJECTED,
                        r.getDecisionReason(),
                        publicAddress.of("/sign-up"),
                        "registration-rejected:" + r.getId()));
    }

    /**
     * Sends the registration back with what to change and a one-time link; {@code key} names the
     * asking step.
     */
    public void requestChanges(long registrationId, String changes, String decidedBy, String key) {
        MerchantRegistration r = find(registrationId);
        if (r.linkIssuedFor(key)) {
            return;
        }
        String token = LinkTokens.next();
        r.requestChanges(
                ReviewDecision.CHANGES.requireText(
                        changes,
                        "error.registration.reasonRequired",
                        "error.registration.changesRequired"),
                decidedBy,
                clock.instant(),
                LinkTokens.hash(token),
                key);
        sendLink(r, token, key);
    }

    /**
     * Sends a fresh link to an applicant who has not revised yet (the old link stops working);
     * nothing once revised.
     */
    public void remindRevision(long registrationId, String key) {
        MerchantRegistration r = find(registrationId);
        if (r.getStatus() != RegistrationStatus.CHANGES_REQUESTED || r.linkIssuedFor(key)) {
            return;
        }
        String token = LinkTokens.next();
        r.newLink(LinkTokens.hash(token), key, clock.instant());
        sendLink(r, token, key);
    }

    /** Nobody revised in time: the registration ends, and the username and phone are free again. */
    public void expire(long registrationId) {
        MerchantRegistration r = find(registrationId);
        if (r.getStatus() == RegistrationStatus.EXPIRED) {
            return;
        }
        r.expire(clock.instant());
        events.publishEvent(
                new MerchantRegistrationAnswered(
                        r.getId(),
                        r.getPhone(),
                        r.getLocale(),
                        RegistrationStatus.EXPIRED,
                        "",
                        publicAddress.of("/sign-up"),
                        "registration-expired:" + r.getId()));
    }

    private void sendLink(MerchantRegistration r, String token, String key) {
        events.publishEvent(
                new MerchantRegistrationAnswered(
                        r.getId(),
                        r.getPhone(),
                        r.getLocale(),
                        RegistrationStatus.CHANGES_REQUESTED,
                        r.getDecisionReason(),
                        publicAddress.of("/sign-up/revise/" + token),
                        "registration-changes:" + key));
    }

    private MerchantRegistration find(long id) {
        return registrations
                .findById(id)
                .orElseThrow(() -> new NotFoundException("error.registration.notFound", id));
    }
}
