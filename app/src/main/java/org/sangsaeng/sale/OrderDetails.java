package org.sangsaeng.sale;

import java.time.Instant;

/**
 * A customer's order as its link shows it: how it was paid (null: not yet), the co-op's account
 * while it may still be paid by transfer, and whether the co-op owes the money back (the offer was
 * cancelled).
 */
public record OrderDetails(
        long offerId,
        String offerTitle,
        int sets,
        long amount,
        String name,
        String maskedPhone,
        String place,
        Instant pickupFrom,
        Instant pickupTo,
        String pickupCode,
        OrderStatus status,
        boolean cancellable,
        Instant orderDeadline,
        PaymentMethod paidBy,
        String transferAccount,
        boolean refundDue) {}
