package org.sangsaeng.notifications;

import java.util.Map;

/**
 * A message to one person. {@code dedupKey} makes sending idempotent: the same key for the same
 * person is sent once, however often a worker runs. {@code link} is the app path it concerns.
 */
public record Notice(
        long recipientId,
        Template template,
        Map<String, Object> variables,
        String link,
        Long coopId,
        boolean urgent,
        String dedupKey) {}
