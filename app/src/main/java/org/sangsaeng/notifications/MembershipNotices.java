package org.sangsaeng.notifications;

import java.util.Map;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.ApplicationDecided;
import org.sangsaeng.membership.ApplicationStatus;
import org.sangsaeng.membership.LeaderAppointed;
import org.sangsaeng.membership.MemberDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells merchants about their co-op membership (an application decided, a new leader); in the
 * transaction that records it.
 */
@Component
class MembershipNotices {

    private final NotificationService notifications;
    private final CoopService coops;
    private final MemberDirectory members;

    MembershipNotices(
            NotificationService notifications, CoopService coops, MemberDirectory members) {
        this.notifications = notifications;
        this.coops = coops;
        this.members = members;
    }

    /** Every member hears who leads the co-op now, and why. */
    @EventListener
    void on(LeaderAppointed appointed) {
        String coop = coops.get(appointed.coopId()).name();
        for (MemberDirectory.Member member : members.activeMembers(appointed.coopId())) {
            notifications.send(
                    new Notice(
                            member.id(),
                            Template.COOP_LEADER_APPOINTED,
                            Map.of(
                                    "coop",
                                    coop,
                                    "leader",
                                    appointed.leaderName(),
                                    "reason",
                                    appointed.reason()),
                            "coops",
                            appointed.coopId(),
                            false,
                            "leader-appointed:"
                                    + appointed.coopId()
                                    + ":"
                                    + appointed.leaderId()
                                    + ":"
                                    + appointed.reason().hashCode()));
        }
    }

    @EventListener
    void on(ApplicationDecided decided) {
        String coop = coops.get(decided.coopId()).name();
        boolean approved = decided.status() == ApplicationStatus.APPROVED;
        notifications.send(
                new Notice(
                        decided.applicantId(),
                        approved ? Template.MEMBERSHIP_APPROVED : Template.MEMBERSHIP_REJECTED,
                        approved
                                ? Map.of("coop", coop)
                                : Map.of("coop", coop, "reason", decided.reason()),
                        "coops",
                        decided.coopId(),
                        false,
                        "application-decided:" + decided.applicationId()));
    }
}
