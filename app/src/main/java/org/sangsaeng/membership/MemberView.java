package org.sangsaeng.membership;

import java.time.Instant;

public record MemberView(
        String username,
        String displayName,
        BusinessType businessType,
        String shopName,
        boolean leader,
        Instant joinedAt) {}
