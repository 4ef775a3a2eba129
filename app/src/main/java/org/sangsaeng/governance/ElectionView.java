package org.sangsaeng.governance;

import java.time.Instant;
import java.util.List;

/** A leader election: its candidates and deadline, where it stands, and who leads once decided. */
public record ElectionView(
        long id,
        long coopId,
        List<String> candidates,
        Instant deadline,
        ElectionState state,
        String leaderUsername,
        String leaderName,
        String reason,
        Long voteId) {}
