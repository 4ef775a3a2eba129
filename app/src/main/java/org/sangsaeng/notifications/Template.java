package org.sangsaeng.notifications;

import java.util.Set;

/**
 * Every message the system sends, with the named variables its Korean and English texts may use (in
 * {@code notification-templates*.properties}); checked when the app starts.
 */
public enum Template {
    TASK_ASSIGNED("task.assigned", NotificationKind.TASK_ASSIGNED, Set.of("task")),
    TASK_REMINDER("task.reminder", NotificationKind.REMINDER, Set.of("task", "due")),
    TASK_ESCALATED("task.escalated", NotificationKind.REMINDER, Set.of("task", "due")),
    TASK_NOT_TAKEN("task.notTaken", NotificationKind.RESULT, Set.of("task")),
    MEMBERSHIP_APPROVED("membership.approved", NotificationKind.RESULT, Set.of("coop")),
    MEMBERSHIP_REJECTED("membership.rejected", NotificationKind.RESULT, Set.of("coop", "reason")),
    COOP_LEADER_APPOINTED(
            "coop.leaderAppointed", NotificationKind.RESULT, Set.of("coop", "leader", "reason")),
    PURCHASE_REJECTED("purchase.rejected", NotificationKind.RESULT, Set.of("purchase")),
    PURCHASE_CANCELLED("purchase.cancelled", NotificationKind.RESULT, Set.of("purchase")),
    PURCHASE_CANCELLED_BY_LEADER(
            "purchase.cancelledByLeader", NotificationKind.RESULT, Set.of("purchase", "reason")),
    PURCHASE_BILL("purchase.bill", NotificationKind.RESULT, Set.of("purchase", "amount", "due")),
    PAYMENT_RECEIVED("purchase.paymentReceived", NotificationKind.RESULT, Set.of("purchase")),
    PROPOSAL_DECLINED("proposal.declined", NotificationKind.RESULT, Set.of("proposal", "reason")),
    PROPOSAL_PASSED(
            "proposal.passed",
            NotificationKind.RESULT,
            Set.of("proposal", "yes", "no", "abstain", "turnout")),
    PROPOSAL_NOT_PASSED(
            "proposal.notPassed",
            NotificationKind.RESULT,
            Set.of("proposal", "yes", "no", "abstain", "turnout")),
    BOARD_WEEKLY_DIGEST(
            "board.weekly", NotificationKind.NEWS, Set.of("coop", "posts", "decisions")),
    JOB_PUBLISHED("job.published", NotificationKind.RESULT, Set.of("job")),
    JOB_REJECTED("job.rejected", NotificationKind.RESULT, Set.of("job", "reason")),
    JOB_NEW_APPLICATION("job.newApplication", NotificationKind.RESULT, Set.of("job", "seeker")),
    JOB_APPLICATION_REJECTED("job.notRetained", NotificationKind.RESULT, Set.of("job")),
    JOB_OFFER_EXPIRED("job.offerExpired", NotificationKind.RESULT, Set.of("job", "seeker")),
    JOB_OFFER_ACCEPTED("job.offerAccepted", NotificationKind.RESULT, Set.of("job", "seeker")),
    JOB_OFFER_DECLINED("job.offerDeclined", NotificationKind.RESULT, Set.of("job", "seeker")),
    COUPON_APPROVED("coupon.approved", NotificationKind.RESULT, Set.of("coupon", "from")),
    COUPON_REJECTED("coupon.rejected", NotificationKind.RESULT, Set.of("coupon", "reason")),
    COUPON_EXPIRED(
            "coupon.expired",
            NotificationKind.RESULT,
            Set.of("coupon", "issued", "redeemed", "rate")),
    FOUNDING_INVITED(
            "founding.invited", NotificationKind.TASK_ASSIGNED, Set.of("founding", "proposer")),
    FOUNDING_DECLINED("founding.declined", NotificationKind.RESULT, Set.of("founding", "reason")),
    FOUNDING_APPROVED("founding.approved", NotificationKind.RESULT, Set.of("founding")),
    FOUNDING_REJECTED("founding.rejected", NotificationKind.RESULT, Set.of("founding", "reason")),
    ELECTION_OPENED(
            "election.opened", NotificationKind.NEWS, Set.of("coop", "candidates", "deadline")),
    ELECTION_DECIDED("election.decided", NotificationKind.RESULT, Set.of("coop", "leader", "how")),
    DAILY_DIGEST("digest.daily", NotificationKind.NEWS, Set.of("count", "items")),
    PASSWORD_RESET_CODE("account.resetCode", NotificationKind.SECURITY, Set.of("code", "minutes")),
    AUDIT_CHECKPOINTS(
            "audit.checkpoints", NotificationKind.SECURITY, Set.of("date", "keyId", "json")),
    INCIDENT_RAISED(
            "incident.raised", NotificationKind.REMINDER, Set.of("process", "step", "error")),
    PHONE_VERIFICATION_CODE(
            "registration.phoneCode", NotificationKind.SECURITY, Set.of("code", "minutes")),
    ORDER_PHONE_CODE("sale.phoneCode", NotificationKind.SECURITY, Set.of("code", "minutes")),
    REGISTRATION_APPROVED(
            "registration.approved", NotificationKind.RESULT, Set.of("username", "link")),
    REGISTRATION_REJECTED(
            "registration.rejected", NotificationKind.RESULT, Set.of("reason", "link")),
    REGISTRATION_CHANGES(
            "registration.changes", NotificationKind.RESULT, Set.of("changes", "link")),
    REGISTRATION_EXPIRED("registration.expired", NotificationKind.RESULT, Set.of("link")),
    COOP_INVITATION(
            "registration.invitation",
            NotificationKind.RESULT,
            Set.of("name", "coop", "leader", "link")),
    SALE_ORDER_PLACED(
            "sale.orderPlaced",
            NotificationKind.RESULT,
            Set.of("offer", "sets", "amount", "payment", "code", "pickup", "link")),
    SALE_TRANSFER_CONFIRMED(
            "sale.transferConfirmed", NotificationKind.RESULT, Set.of("offer", "amount", "code")),
    SALE_CANCELLED_REFUND(
            "sale.cancelledRefund", NotificationKind.RESULT, Set.of("offer", "reason", "amount")),
    SALE_ORDER_CANCELLED("sale.orderCancelled", NotificationKind.RESULT, Set.of("offer")),
    SALE_PICKUP_REMINDER(
            "sale.pickupReminder",
            NotificationKind.REMINDER,
            Set.of("offer", "code", "pickup", "amount")),
    SALE_CANCELLED("sale.cancelled", NotificationKind.RESULT, Set.of("offer", "reason")),
    SALE_REJECTED("sale.rejected", NotificationKind.RESULT, Set.of("offer")),
    SALE_NOT_READY("sale.notReady", NotificationKind.RESULT, Set.of("offer", "shop", "note"));

    /**
     * The variable every message that concerns a page has besides its own: the page's absolute
     * address (for a 알림톡 template's text or web-link button, {@code #{url}}).
     */
    public static final String LINK = "url";

    private final String key;
    private final NotificationKind kind;
    private final Set<String> variables;

    Template(String key, NotificationKind kind, Set<String> variables) {
        this.key = key;
        this.kind = kind;
        this.variables = variables;
    }

    public String key() {
        return key;
    }

    public NotificationKind kind() {
        return kind;
    }

    public Set<String> variables() {
        return variables;
    }
}
