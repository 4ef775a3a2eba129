package org.sangsaeng.coop;

/** A co-op as people see it in lists. */
public record CoopSummary(
        long id,
        String name,
        String description,
        String marketName,
        String district,
        long marketId) {}
