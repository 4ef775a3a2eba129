package org.sangsaeng.purchase;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.notifications.Notice;
import org.sangsaeng.notifications.NotificationService;
import org.sangsaeng.notifications.Template;
import org.sangsaeng.purchase.domain.Purchase;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the group-purchase process, for its job workers only: no signed-in user, each safe
 * to run twice (Zeebe delivers a job at least once). Members are told what concerns them.
 */
@Service
@Transactional
public class PurchaseSteps {

    /** Who pays, and by when. */
    public record Split(List<String> payers, Instant paymentDue) {}

    private final PurchaseService purchases;
    private final NotificationService notifications;
    private final MemberDirectory directory;

    PurchaseSteps(
            PurchaseService purchases,
            NotificationService notifications,
            MemberDirectory directory) {
        this.purchases = purchases;
        this.notifications = notifications;
        this.directory = directory;
    }

    public void recordVote(long purchaseId, long voteId, String outcome) {
        purchases.recordVote(purchaseId, voteId, outcome);
    }

    public void reject(long purchaseId) {
        purchases.reject(purchaseId);
        tellMembers(purchaseId, Template.PURCHASE_REJECTED, Map.of(), "purchase-rejected");
    }

    public void cancel(long purchaseId) {
        purchases.cancel(purchaseId);
        String reason = purchases.find(purchaseId).getCancelReason();
        if (reason == null) {
            tellMembers(purchaseId, Template.PURCHASE_CANCELLED, Map.of(), "purchase-cancelled");
        } else {
            tellMembers(
                    purchaseId,
                    Template.PURCHASE_CANCELLED_BY_LEADER,
                    Map.of("reason", reason),
                    "purchase-cancelled");
        }
    }

    public List<String> openOrdering(long purchaseId) {
        return purchases.openOrdering(purchaseId);
    }

    public boolean closeOrder(long purchaseId) {
        return purchases.closeOrder(purchaseId);
    }

    /**
     * When the leader's next decision or confirmation (below the minimum, a price rise, a payment
     * received, the delivery) is due: the purchase's rules' decision time from now.
     */
    public Instant decisionDue(long purchaseId) {
        return purchases.decisionDue(purchaseId);
    }

    public Instant extendOrder(long purchaseId, Instant newDeadline) {
        return purchases.extendOrder(purchaseId, newDeadline);
    }

    /** When the supplier must answer, and when the leader must decide if they do not. */
    public record SentOrder(Instant supplierAnswerDue, Instant leaderDecisionDue) {}

    /**
     * Sends the order; {@code resendAnswerDue} is the leader's new answer time when sending again,
     * else null.
     */
    public SentOrder sendOrder(long purchaseId, Instant resendAnswerDue) {
        Instant answerDue = purchases.sendOrder(purchaseId, resendAnswerDue);
        // The leader has the rules' decision time to resend or cancel once the supplier's time has
        // run out.
        return new SentOrder(answerDue, answerDue.plus(purchases.decisionTime(purchaseId)));
    }

    public boolean applySupplierAnswer(long purchaseId) {
        return purchases.applySupplierAnswer(purchaseId);
    }

    /** Splits the bill and tells each payer their amount and due date. */
    public Split split(long purchaseId) {
        Instant due = purchases.paymentDue(purchaseId);
        List<String> payers = purchases.split(purchaseId, due);
        Purchase p = purchases.find(purchaseId);
        for (String payer : payers) {
            long memberId = directory.userId(payer);
            purchases
                    .billOf(purchaseId, memberId)
                    .ifPresent(
                            bill ->
                                    notifications.send(
                                            new Notice(
                                                    memberId,
                                                    Template.PURCHASE_BILL,
                                                    Map.of(
                                                            "purchase",
                                                            p.getTitle(),
                                                            "amount",
                                                            String.format("%,d원", bill),
                                                            "due",
                                                            due.toString().substring(0, 10)),
                                                    "purchases/" + purchaseId,
                                                    p.getCoopId(),
                                                    false,
                                                    "purchase-bill:" + purchaseId)));
        }
        return new Split(payers, due);
    }

    public void paymentConfirmed(long purchaseId, String payer) {
        Purchase p = purchases.find(purchaseId);
        long memberId = directory.userId(payer);
        notifications.send(
                new Notice(
                        memberId,
                        Template.PAYMENT_RECEIVED,
                        Map.of("purchase", p.getTitle()),
                        "purchases/" + purchaseId,
                        p.getCoopId(),
                        false,
                        "payment-received:" + purchaseId));
    }

    public void close(long purchaseId) {
        purchases.close(purchaseId);
    }

    private void tellMembers(
            long purchaseId, Template template, Map<String, Object> more, String key) {
        Purchase p = purchases.find(purchaseId);
        Map<String, Object> params = new HashMap<>(more);
        params.put("purchase", p.getTitle());
        for (MemberDirectory.Member m : directory.activeMembers(p.getCoopId())) {
            notifications.send(
                    new Notice(
                            m.id(),
                            template,
                            Map.copyOf(params),
                            "purchases/" + purchaseId,
                            p.getCoopId(),
                            false,
                            key + ":" + purchaseId));
        }
    }
}
