package org.sangsaeng.notifications;

/**
 * An advertising message from a shop to one of its regular customers (outside the app), once per
 * idempotency key: who sends it (the shop's name), the text, the customer's own opt-out link, and
 * perhaps a picture ({@code imageRef}, found through {@link MessageImages}) that goes along as MMS
 * where the channel can send one.
 */
public record CustomerMessage(
        String idempotencyKey,
        long customerId,
        String phone,
        Long coopId,
        String sender,
        String text,
        String optOutLink,
        Long imageRef) {

    public CustomerMessage(
            String idempotencyKey,
            long customerId,
            String phone,
            Long coopId,
            String sender,
            String text,
            String optOutLink) {
        this(idempotencyKey, customerId, phone, coopId, sender, text, optOutLink, null);
    }
}
