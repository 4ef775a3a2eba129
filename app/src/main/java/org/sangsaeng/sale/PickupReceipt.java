package org.sangsaeng.sale;

/** What the counter sees after typing or scanning a code: the sets to hand over and the amount taken. */
public record PickupReceipt(String pickupCode, String offerTitle, String customerName, int sets, long paid) {
}
