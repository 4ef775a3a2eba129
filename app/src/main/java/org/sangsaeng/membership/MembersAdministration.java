package org.sangsaeng.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.domain.Membership;
import org.sangsaeng.membership.domain.Memberships;
import org.sangsaeng.membership.domain.UserAccount;
import org.sangsaeng.membership.domain.UserAccounts;
import org.sangsaeng.shared.AdministrativeChange;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to a co-op and who leads it, as the foundation sets them: it takes merchants into a
 * co-op it created (the administrative path; merchants otherwise apply and the leader reviews) and
 * appoints an interim leader, with a reason, when a co-op has none or its leader cannot go on.
 * Tasks of the leader's candidate group belong to whoever leads at the moment a person looks
 * (groups are read from the memberships on every request), so the open tasks are the new leader's
 * at once and no longer the former leader's.
 */
@Service
@Transactional
public class MembersAdministration {

    static final int MAX_REASON = 500;

    private final Memberships memberships;
    private final UserAccounts accounts;
    private final CoopService coops;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MembersAdministration(
            Memberships memberships,
            UserAccounts accounts,
            CoopService coops,
            CurrentUsers currentUsers,
            ApplicationEventPublisher events,
            Clock clock) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.coops = coops;
        this.currentUsers = currentUsers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The foundation takes a merchant's account into a co-op as a member, with the shop they bring.
     * Accounts of suppliers, officers and admins are not merchants and are refused.
     */
    public void addMember(
            long coopId, String username, BusinessType businessType, String shopName) {
        CurrentUser me = requireFoundation();
        coops.get(coopId);
        MembershipService.validate(new MembershipApplicationForm(businessType, shopName, null));
        UserAccount person =
                Optional.ofNullable(username)
                        .map(String::strip)
                        .flatMap(accounts::findByUsername)
                        .filter(UserAccount::isEnabled)
                        .orElseThrow(
                                () ->
                                        new InvalidInputException(
                                                "error.member.unknownAccount",
                                                String.valueOf(username)));
        if (!person.getRoles().isEmpty()) {
            throw new InvalidInputException("error.member.notMerchant", person.getUsername());
        }
        if (memberships.existsByCoopIdAndUserId(coopId, person.getId())) {
            throw new BusinessException("error.member.already", person.getUsername());
        }
        String shop = shopName.strip();
        memberships.save(
                new Membership(
                        coopId,
                        person.getId(),
                        Membership.MembershipRole.MEMBER,
                        businessType,
                        shop,
                        clock.instant()));
        events.publishEvent(
                new AdministrativeChange(
                        AdministrativeChange.Subject.COOP,
                        coopId,
                        AdministrativeChange.Action.MEMBER_ADDED,
                        me.username(),
                        clock.instant(),
                        Map.of(),
                        Map.of(
                                "member",
                                person.getUsername(),
                                "shopName",
                                shop,
                                "businessType",
                                businessType.name())));
    }

    /**
     * The founders of a co-op the foundation approved become its active members, none of them
     * leader yet (they elect one). A step of the coop-founding process: founders already in are
     * left as they are.
     */
    public void addFounders(long coopId, List<FoundingMember> founders, String actor) {
        coops.get(coopId);
        for (FoundingMember founder : founders) {
            if (memberships.existsByCoopIdAndUserId(coopId, founder.userId())) {
                continue;
            }
            memberships.save(
                    new Membership(
                            coopId,
                            founder.userId(),
                            Membership.MembershipRole.MEMBER,
                            founder.businessType(),
                            founder.shopName(),
                            clock.instant()));
            events.publishEvent(
                    new AdministrativeChange(
                            AdministrativeChange.Subject.COOP,
                            coopId,
                            AdministrativeChange.Action.MEMBER_ADDED,
                            actor,
                            clock.instant(),
                            Map.of(),
                            Map.of(
                                    "member",
                                    accounts.findById(founder.userId()).orElseThrow().getUsername(),
                                    "shopName",
                                    founder.shopName(),
                                    "businessType",
                                    founder.businessType().name(),
                                    "as",
                                    "founder")));
        }
    }

    /**
     * The member the co-op elected (or, after a tie, the foundation chose among the candidates)
     * becomes its leader, as {@link #appointInterim} makes one: a step of the leader-election
     * process; {@code actor} is recorded (the election, or the officer who chose). Electing the
     * leader there is already does nothing.
     */
    public void installLeader(long coopId, String username, String actor, String reason) {
        coops.get(coopId);
        UserAccount person = personNamed(username);
        List<Membership> active =
                memberships.findByCoopIdAndStatusOrderByJoinedAt(coopId, Membership.Status.ACTIVE);
        if (leads(active, person)) {
            return;
        }
        appoint(coopId, person, active, actor, reason);
    }

    private UserAccount personNamed(String username) {
        return Optional.ofNullable(username)
                .map(String::strip)
                .flatMap(accounts::findByUsername)
                .orElseThrow(
                        () ->
                                new InvalidInputException(
                                        "error.leader.notMember", String.valueOf(username)));
    }

    private static boolean leads(List<Membership> active, UserAccount person) {
        return active.stream().anyMatch(m -> m.getUserId() == person.getId() && m.leads());
    }

    /**
     * The foundation appoints an active member as the co-op's interim leader; the leaders before
     * stay members.
     */
    public void appointInterim(long coopId, String username, String reason) {
        CurrentUser me = requireFoundation();
        coops.get(coopId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("error.leader.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw new InvalidInputException("error.leader.reasonTooLong", MAX_REASON);
        }
        UserAccount person = personNamed(username);
        List<Membership> active =
                memberships.findByCoopIdAndStatusOrderByJoinedAt(coopId, Membership.Status.ACTIVE);
        if (leads(active, person)) {
            throw new BusinessException("error.leader.already", person.getUsername());
        }
        appoint(coopId, person, active, me.username(), why);
    }

    private void appoint(
            long coopId, UserAccount person, List<Membership> active, String actor, String why) {
        Membership chosen =
                active.stream()
                        .filter(m -> m.getUserId() == person.getId())
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new InvalidInputException(
                                                "error.leader.notMember", person.getUsername()));
        List<Membership> former = active.stream().filter(Membership::leads).toList();
        List<Long> formerIds = former.stream().map(Membership::getUserId).toList();
        String formerNames =
                String.join(
                        ", ",
                        accounts.findAllById(formerIds).stream()
                                .map(UserAccount::getUsername)
                                .sorted()
                                .toList());
        former.forEach(Membership::stepDown);
        chosen.becomeLeader();
        Instant now = clock.instant();
        events.publishEvent(
                new AdministrativeChange(
                        AdministrativeChange.Subject.COOP,
                        coopId,
                        AdministrativeChange.Action.LEADER_APPOINTED,
                        actor,
                        now,
                        Map.of("leader", formerNames),
                        Map.of("leader", person.getUsername(), "reason", why)));
        events.publishEvent(
                new LeaderAppointed(
                        coopId, person.getId(), person.getDisplayName(), formerIds, why));
    }

    private CurrentUser requireFoundation() {
        return currentUsers.requireOverseer("error.leader.foundationOnly");
    }
}
