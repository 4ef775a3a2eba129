package org.sangsaeng.purchase;

import java.time.Instant;
import java.util.Map;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do in the group purchase's tasks, for the task forms: each checks the signed-in
 * person again (the task inbox already checked the task is theirs) and records their answer in the
 * same transaction as the task's completion.
 */
@Service
@Transactional
public class PurchaseTasks {

    private final PurchaseService purchases;
    private final CurrentUsers currentUsers;

    PurchaseTasks(PurchaseService purchases, CurrentUsers currentUsers) {
        this.purchases = purchases;
        this.currentUsers = currentUsers;
    }

    public void pledge(long purchaseId, PledgeForm form) {
        purchases.pledge(purchaseId, form);
    }

    /** The member's answer "I take nothing this time". */
    public void takeNothing(long purchaseId) {
        purchases.takeNothing(purchaseId);
    }

    /**
     * The leader sends the order again to the supplier who did not answer; returns the new answer
     * time.
     */
    public Instant resendToSupplier(long purchaseId, Instant answerDue) {
        leaderOnly(purchaseId);
        return purchases.resendToSupplier(purchaseId, answerDue);
    }

    /**
     * The leader cancels the purchase the supplier did not answer, with the reason the members are
     * told.
     */
    public void cancelForSilentSupplier(long purchaseId, String reason) {
        leaderOnly(purchaseId);
        purchases.cancelForSilentSupplier(purchaseId, reason);
    }

    /** Extending is allowed once, to a later deadline. */
    public void checkExtension(long purchaseId, Instant newDeadline) {
        var purchase = leaderOnly(purchaseId);
        if (purchase.isOrderDeadlineExtended()) {
            throw new InvalidInputException("error.purchase.alreadyExtended");
        }
        if (!newDeadline.isAfter(Instant.now())) {
            throw new InvalidInputException("error.purchase.orderDeadlinePast");
        }
    }

    public void supplierAnswer(
            long purchaseId, String answer, Map<Long, long[]> confirmed, String reason) {
        purchases.supplierAnswer(purchaseId, answer, confirmed, reason);
    }

    /** When the leader must confirm a payment the member says they made just now. */
    public Instant receiptDue(long purchaseId) {
        return purchases.decisionDue(purchaseId);
    }

    /** Returns whether the member's share is now paid in full. */
    public boolean recordPayment(long purchaseId, String payer, long amount) {
        leaderOnly(purchaseId);
        return purchases.recordPayment(
                purchaseId, payer, amount, currentUsers.require().username());
    }

    public void delivered(long purchaseId) {
        leaderOnly(purchaseId);
        purchases.delivered(purchaseId);
    }

    private org.sangsaeng.purchase.domain.Purchase leaderOnly(long purchaseId) {
        CurrentUser me = currentUsers.require();
        var purchase = purchases.find(purchaseId);
        if (!me.isLeaderOf(purchase.getCoopId())) {
            throw new AccessDeniedException("error.purchase.leaderOnly");
        }
        return purchase;
    }
}
