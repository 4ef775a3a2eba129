package org.sangsaeng.engine.audit;

/**
 * The table holds a row at a position the exporter is writing, and it is not the row the exporter
 * computes there: someone else wrote into the audit table. The exporter stops rather than chain
 * real records onto it or skip them.
 */
final class AuditConflictException extends RuntimeException {

    AuditConflictException(int partitionId, long position, String stored, String expected) {
        super(
                "audit_record already holds a different row at partition "
                        + partitionId
                        + ", position "
                        + position
                        + " (stored hash "
                        + stored
                        + ", the exporter's "
                        + expected
                        + "). Someone other than the exporter"
                        + " wrote to the audit table; export stops here until an operator has looked"
                        + " (./sangsaeng verify names the row).");
    }
}
