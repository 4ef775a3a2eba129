package org.sangsaeng.sale;

/**
 * What the counter sees after handing over: the sets, the amount paid and how (a transfer: nothing
 * taken now).
 */
public record PickupReceipt(
        String pickupCode,
        String offerTitle,
        String customerName,
        int sets,
        long paid,
        PaymentMethod paidBy) {}
