package org.sangsaeng.membership;

import java.time.Instant;

/** A sign-up as the foundation reviews it. */
public record RegistrationDetails(
        long id,
        RegistrationStatus status,
        String displayName,
        String shopName,
        BusinessType businessType,
        String marketName,
        String businessNumber,
        String phone,
        Instant phoneVerifiedAt,
        String email,
        String username,
        String privacyNoticeVersion,
        Instant privacyConsentedAt,
        String invitedTo,
        int revisions,
        String decisionReason,
        Instant createdAt) {}
