package org.sangsaeng.notifications;

/** A message to a shop's regular customer (outside the app), once per idempotency key. */
public record CustomerMessage(String idempotencyKey, String phone, Long coopId, String subject, String body) {
}
