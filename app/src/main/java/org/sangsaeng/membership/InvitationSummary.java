package org.sangsaeng.membership;

import java.time.Instant;

/**
 * An invitation as the inviting leader sees it (never its link: that went to the merchant only).
 */
public record InvitationSummary(
        long id, long coopId, String name, String phone, String email, Instant expiresAt) {}
