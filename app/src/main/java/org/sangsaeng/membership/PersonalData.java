package org.sangsaeng.membership;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the app holds about a person that the membership module keeps: the account, every co-op
 * membership (also those they left) and every application to join a co-op. Notification preferences
 * and contact choices are read from {@code GET /api/v1/notifications/preferences} (the
 * notifications module depends on this one, not the other way round).
 */
public record PersonalData(
        Account account, List<MembershipEntry> memberships, List<ApplicationView> applications) {

    public record Account(
            long id,
            String username,
            String displayName,
            String phone,
            String email,
            String locale,
            Set<Role> roles,
            boolean active,
            Instant createdAt) {}

    public record MembershipEntry(
            long coopId,
            String coopName,
            boolean leader,
            BusinessType businessType,
            String shopName,
            String status,
            Instant joinedAt,
            String openingHours,
            String shopPlace,
            String shopDescription,
            String shopPhone) {}
}
