package org.sangsaeng.governance;

import java.time.Instant;

/**
 * One version of a co-op's rules: adopted by a passed proposal ({@code proposalId}) or by the
 * foundation ({@code adoptedBy}, with a note). Version 1 is the defaults.
 */
public record RulesVersion(
        long coopId,
        int version,
        RuleSet rules,
        Instant adoptedAt,
        String adoptedBy,
        Long proposalId,
        String note) {}
