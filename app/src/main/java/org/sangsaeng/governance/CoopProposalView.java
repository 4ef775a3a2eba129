package org.sangsaeng.governance;

import java.time.Instant;

/** A general proposal as members see it; the vote counts appear once the vote has closed. */
public record CoopProposalView(
        long id,
        long coopId,
        String title,
        String body,
        String author,
        String authorName,
        ProposalState state,
        RuleSet proposedRules,
        int rulesVersion,
        String declineReason,
        Long voteId,
        Instant createdAt,
        Instant decidedAt,
        boolean mayWithdraw) {}
