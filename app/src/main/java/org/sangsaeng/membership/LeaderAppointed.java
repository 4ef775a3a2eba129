package org.sangsaeng.membership;

import java.util.List;

/** The foundation appointed an interim leader of a co-op; the leaders before stay members. */
public record LeaderAppointed(
        long coopId, long leaderId, String leaderName, List<Long> formerLeaderIds, String reason) {}
