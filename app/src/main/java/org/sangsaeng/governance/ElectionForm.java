package org.sangsaeng.governance;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A leader election for an existing co-op: the members who stand (usernames) and when the vote
 * closes.
 */
public record ElectionForm(
        List<String> candidates, @Schema(example = "2026-12-20T09:00:00Z") Instant deadline) {}
