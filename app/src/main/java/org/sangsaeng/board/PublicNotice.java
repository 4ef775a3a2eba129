package org.sangsaeng.board;

import java.time.Instant;

/**
 * A co-op's notice as its market's public page shows it to anyone: no names of people, no comments.
 */
public record PublicNotice(long id, long coopId, String title, String body, Instant createdAt) {}
