package org.sangsaeng.notifications;

import java.time.Instant;

/**
 * A message to an outside channel as the outbox page shows it; {@code lastError} is the provider's
 * reason for a failure (or a note on a sent message), {@code deliveredAt} when its report confirmed
 * delivery.
 */
public record OutboxEntry(
        long id,
        String recipient,
        Channel channel,
        NotificationKind kind,
        String subject,
        String status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant sentAt,
        Instant deliveredAt) {}
