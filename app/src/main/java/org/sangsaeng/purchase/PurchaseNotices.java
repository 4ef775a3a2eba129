package org.sangsaeng.purchase;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.notifications.Notice;
import org.sangsaeng.notifications.NotificationService;
import org.sangsaeng.notifications.Template;
import org.sangsaeng.purchase.domain.Purchase;
import org.springframework.stereotype.Component;

/**
 * What the group-purchase steps tell members; each notice has a key per purchase, so a step run
 * twice tells once.
 */
@Component
class PurchaseNotices {

    private final NotificationService notifications;
    private final MemberDirectory directory;

    PurchaseNotices(NotificationService notifications, MemberDirectory directory) {
        this.notifications = notifications;
        this.directory = directory;
    }

    /** Tells every active member of the co-op. */
    void tellMembers(Purchase p, Template template, Map<String, Object> more, String key) {
        Map<String, Object> params = new HashMap<>(more);
        params.put("purchase", p.getTitle());
        for (MemberDirectory.Member m : directory.activeMembers(p.getCoopId())) {
            send(p, m.id(), template, Map.copyOf(params), key);
        }
    }

    /** Tells a payer their amount and due date. */
    void bill(Purchase p, long memberId, long amount, Instant due) {
        send(
                p,
                memberId,
                Template.PURCHASE_BILL,
                Map.of(
                        "purchase",
                        p.getTitle(),
                        "amount",
                        String.format("%,d원", amount),
                        "due",
                        due.toString().substring(0, 10)),
                "purchase-bill");
    }

    /** Tells a payer the leader received their payment. */
    void paymentReceived(Purchase p, long memberId) {
        send(
                p,
                memberId,
                Template.PAYMENT_RECEIVED,
                Map.of("purchase", p.getTitle()),
                "payment-received");
    }

    private void send(
            Purchase p, long memberId, Template template, Map<String, Object> params, String key) {
        notifications.send(
                new Notice(
                        memberId,
                        template,
                        params,
                        "purchases/" + p.getId(),
                        p.getCoopId(),
                        false,
                        key + ":" + p.getId()));
    }
}
