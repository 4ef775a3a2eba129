package org.sangsaeng.oversight;

/**
 * What verifying the audit trail found: how many rows were checked, how many were written before
 * the chain existed, and the first row that does not match, if any.
 */
public record ChainReport(boolean intact, long rowsChecked, long rowsBeforeChain, Broken firstBroken) {

    /** The first row whose stored hash or link does not match: partition, position and why. */
    public record Broken(int partitionId, long position, String reason) {
    }
}
