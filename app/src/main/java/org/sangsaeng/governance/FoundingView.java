package org.sangsaeng.governance;

import java.time.Instant;
import java.util.List;
import org.sangsaeng.membership.BusinessType;

/**
 * A founding proposal as its founders and the foundation see it: who answered what, where it
 * stands, and once founded the co-op and the leader election.
 */
public record FoundingView(
        long id,
        long marketId,
        String name,
        String purpose,
        RuleSet rules,
        FoundingState state,
        String reason,
        String proposerUsername,
        String proposerName,
        List<FounderView> founders,
        Long coopId,
        ElectionView election,
        Instant createdAt,
        Instant decidedAt) {

    public record FounderView(
            String username,
            String displayName,
            BusinessType businessType,
            String shopName,
            FounderAnswer answer,
            String reason,
            Instant answeredAt) {}

    public long confirmedCount() {
        return founders.stream().filter(f -> f.answer() == FounderAnswer.CONFIRMED).count();
    }
}
