package org.sangsaeng.membership;

/** A co-op leader approved or rejected an application to join. */
public record ApplicationDecided(
        long applicationId,
        long coopId,
        long applicantId,
        ApplicationStatus status,
        String reason) {}
