package org.sangsaeng.membership;

import java.time.Instant;
import java.util.Set;

/** An account as its administrators see it (never its password). */
public record AccountSummary(
        long id,
        String username,
        String displayName,
        String phone,
        String email,
        Set<Role> roles,
        boolean active,
        boolean mustChangePassword,
        String deactivationReason,
        boolean anonymised,
        Instant createdAt) {}
