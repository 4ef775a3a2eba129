package org.sangsaeng.oversight;

import java.time.Instant;

/**
 * What verifying the audit trail found: how many rows were checked, how many were written before
 * the chain existed, and the first row that does not match, if any; and how the chain meets the
 * exporter's signed checkpoints: how many were checked (and whether their signatures could be, with
 * the exporter's public key), the newest one's time, and how many rows came after it, which no
 * checkpoint proves yet.
 */
public record ChainReport(
        boolean intact,
        long rowsChecked,
        long rowsBeforeChain,
        Broken firstBroken,
        long checkpointsChecked,
        boolean signaturesChecked,
        Instant newestCheckpoint,
        long rowsAfterNewestCheckpoint) {

    /** The first row (or checkpoint) that does not match: partition, position and why. */
    public record Broken(int partitionId, long position, String reason) {}

    static ChainReport broken(long rowsChecked, long rowsBeforeChain, Broken broken) {
        return new ChainReport(false, rowsChecked, rowsBeforeChain, broken, 0, false, null, 0);
    }
}
