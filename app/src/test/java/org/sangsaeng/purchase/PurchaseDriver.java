package org.sangsaeng.purchase;

import java.time.Duration;
import java.util.Map;
import org.sangsaeng.tasks.MyTaskList;
import org.sangsaeng.tasks.TaskInbox;

/**
 * Moves a group purchase on as its people do, through their task lists, waiting up to {@code
 * patience} for each step to reach them.
 */
public record PurchaseDriver(TaskInbox inbox, PurchaseService purchases, Duration patience) {

    /** The user completes their task of this form with {@code form}. */
    public void complete(String user, String formKey, Map<String, Object> form) {
        MyTaskList.complete(inbox, user, formKey, form, patience);
    }

    /** Signs the user in and waits until the purchase has reached the stage. */
    public void awaitStage(String user, long id, Stage stage) {
        FlourPurchase.awaitStage(purchases, user, id, stage, patience);
    }

    /** The leader confirms the payment of this bill's member. */
    public void confirmReceipt(String leader, BillDetails bill) {
        FlourPurchase.confirmReceipt(inbox, leader, bill, patience);
    }
}
