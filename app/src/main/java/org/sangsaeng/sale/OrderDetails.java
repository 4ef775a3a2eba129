package org.sangsaeng.sale;

import java.time.Instant;

/** A customer's order as its link shows it. */
public record OrderDetails(long offerId, String offerTitle, int sets, long amount, String name, String maskedPhone,
                           String place, Instant pickupFrom, Instant pickupTo, String pickupCode, OrderStatus status,
                           boolean cancellable, Instant orderDeadline) {
}
