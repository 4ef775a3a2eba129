package org.sangsaeng.jobs;

import java.time.Instant;

/** An application as its seeker and the post's employer see it. */
public record ApplicationView(
        long id,
        long postId,
        String postTitle,
        String seeker,
        String seekerName,
        String message,
        ApplicationState state,
        Instant offerExpiresAt,
        Rating seekerRating,
        MatchScore match,
        Instant createdAt) {}
