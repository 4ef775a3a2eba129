package org.sangsaeng.board;

import java.time.Instant;

/** A post in the board's list. */
public record PostSummary(
        long id,
        long coopId,
        PostKind kind,
        String title,
        String authorName,
        boolean pinned,
        int comments,
        int usefulMarks,
        Instant createdAt) {}
