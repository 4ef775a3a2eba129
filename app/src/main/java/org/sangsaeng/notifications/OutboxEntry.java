package org.sangsaeng.notifications;

import java.time.Instant;

/** A message to an outside channel as the outbox page shows it. */
public record OutboxEntry(long id, String recipient, Channel channel, NotificationKind kind, String subject,
                          String status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
                          Instant sentAt) {
}
