package org.sangsaeng.membership;

import java.time.Instant;

/** An application to join a co-op, as the applicant and the co-op's leaders see it. */
public record ApplicationView(
        long id,
        long coopId,
        String coopName,
        String applicantUsername,
        String applicantName,
        BusinessType businessType,
        String shopName,
        String message,
        ApplicationStatus status,
        String decisionReason,
        Instant createdAt,
        Instant decidedAt) {}
