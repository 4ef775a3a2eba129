package org.sangsaeng.coop;

/** A co-op as the administration shows it, with its market. */
public record CoopDetails(
        long id, long marketId, String marketName, String name, String description) {}
