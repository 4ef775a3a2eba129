package org.sangsaeng.governance;

import java.time.Clock;
import java.util.Map;
import org.sangsaeng.coop.CoopAdministration;
import org.sangsaeng.coop.CoopForm;
import org.sangsaeng.governance.domain.CoopFounding;
import org.sangsaeng.governance.domain.Founder;
import org.sangsaeng.membership.FoundingMember;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.membership.MembersAdministration;
import org.sangsaeng.notifications.Notice;
import org.sangsaeng.notifications.NotificationService;
import org.sangsaeng.notifications.Template;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the coop-founding process, for its job workers only: no signed-in user, each safe to
 * run twice.
 */
@Service
@Transactional
public class FoundingSteps {

    private final CoopFoundingService foundings;
    private final CoopAdministration coops;
    private final CoopRulesService rules;
    private final MembersAdministration members;
    private final MemberDirectory directory;
    private final NotificationService notifications;
    private final Clock clock;

    FoundingSteps(
            CoopFoundingService foundings,
            CoopAdministration coops,
            CoopRulesService rules,
            MembersAdministration members,
            MemberDirectory directory,
            NotificationService notifications,
            Clock clock) {
        this.foundings = foundings;
        this.coops = coops;
        this.rules = rules;
        this.members = members;
        this.directory = directory;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Every founder confirmed: the foundation's review is due the proposal's decision time from
     * now.
     */
    public String confirmed(long foundingId) {
        CoopFounding f = foundings.lock(foundingId);
        return foundings.due(foundings.rules(f));
    }

    /**
     * A founder declined, or not every founder answered in time: the founding ends, and the
     * proposer and the founders read why (the proposer may propose again).
     */
    public void declined(long foundingId) {
        CoopFounding f = foundings.lock(foundingId);
        f.expire(clock.instant());
        tellFounders(
                f,
                Template.FOUNDING_DECLINED,
                Map.of(
                        "founding",
                        f.getName(),
                        "reason",
                        f.getReason() == null ? "-" : f.getReason()),
                "founding-declined:");
    }

    public void rejected(long foundingId) {
        CoopFounding f = foundings.lock(foundingId);
        tellFounders(
                f,
                Template.FOUNDING_REJECTED,
                Map.of(
                        "founding",
                        f.getName(),
                        "reason",
                        f.getReason() == null ? "-" : f.getReason()),
                "founding-rejected:");
    }

    /**
     * The foundation approved: the co-op is created in its market, with the proposal's rules as
     * version 1 and the founders as members, none of them leader yet. Returns the co-op's id; a
     * second delivery finds the co-op created.
     */
    public long createCoop(long foundingId) {
        CoopFounding f = foundings.lock(foundingId);
        if (f.getCoopId() != null) {
            return f.getCoopId();
        }
        String officer = directory.username(f.getReviewedBy());
        long coopId =
                coops.createFounded(
                                new CoopForm(f.getMarketId(), f.getName(), f.getPurpose()), officer)
                        .id();
        rules.adoptFounding(coopId, foundings.rules(f), f.getProposerId(), foundingId);
        members.addFounders(
                coopId,
                f.getFounders().stream()
                        .map(
                                x ->
                                        new FoundingMember(
                                                x.getUserId(),
                                                x.getBusinessType(),
                                                x.getShopName()))
                        .toList(),
                officer);
        f.founded(coopId);
        tellFounders(
                f,
                Template.FOUNDING_APPROVED,
                Map.of("founding", f.getName()),
                "founding-approved:");
        return coopId;
    }

    private void tellFounders(
            CoopFounding f, Template template, Map<String, Object> variables, String dedup) {
        for (Founder founder : f.getFounders()) {
            notifications.send(
                    new Notice(
                            founder.getUserId(),
                            template,
                            variables,
                            CoopFoundingService.link(f),
                            f.getCoopId(),
                            false,
                            dedup + f.getId()));
        }
    }
}
