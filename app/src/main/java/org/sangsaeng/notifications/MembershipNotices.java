package org.sangsaeng.notifications;

import java.util.Map;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.ApplicationDecided;
import org.sangsaeng.membership.ApplicationStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells a merchant how the co-op decided on their application; runs in the transaction that records it. */
@Component
class MembershipNotices {

    private final NotificationService notifications;
    private final CoopService coops;

    MembershipNotices(NotificationService notifications, CoopService coops) {
        this.notifications = notifications;
        this.coops = coops;
    }

    @EventListener
    void on(ApplicationDecided decided) {
        String coop = coops.get(decided.coopId()).name();
        boolean approved = decided.status() == ApplicationStatus.APPROVED;
        notifications.send(new Notice(decided.applicantId(),
                approved ? Template.MEMBERSHIP_APPROVED : Template.MEMBERSHIP_REJECTED,
                approved ? Map.of("coop", coop) : Map.of("coop", coop, "reason", decided.reason()),
                "coops", decided.coopId(), false, "application-decided:" + decided.applicationId()));
    }
}
