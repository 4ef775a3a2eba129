package org.sangsaeng.notifications;

/**
 * An advertising message from a shop to one of its regular customers (outside the app), once per
 * idempotency key: who sends it (the shop's name), the text, and the customer's own opt-out link.
 */
public record CustomerMessage(String idempotencyKey, long customerId, String phone, Long coopId, String sender,
                              String text, String optOutLink) {
}
