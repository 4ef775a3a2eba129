package org.sangsaeng.oversight;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The audit trail's hash function, as the exporter (engine module) computes it when it writes a
 * row: hex(SHA-256(prev_hash, partition, position, record key, record type, value type, intent,
 * record time in epoch ms, process instance key, BPMN process id, element id, element type,
 * completed by, value JSON)), fields joined by the unit separator U+001F, UTF-8, nulls as "". Both
 * sides are tested against the same vector.
 */
public final class AuditChain {

    private static final char SEPARATOR = '\u001f';

    private AuditChain() {}

    /** One stored row as the chain covers it. */
    public record Row(
            int partitionId,
            long position,
            long recordKey,
            String recordType,
            String valueType,
            String intent,
            Instant recordTime,
            Long processInstanceKey,
            String bpmnProcessId,
            String elementId,
            String elementType,
            String completedBy,
            String valueJson) {}

    public static String hash(String previousHash, Row row) {
        String content =
                String.join(
                        String.valueOf(SEPARATOR),
                        previousHash == null ? "" : previousHash,
                        Integer.toString(row.partitionId()),
                        Long.toString(row.position()),
                        Long.toString(row.recordKey()),
                        text(row.recordType()),
                        text(row.valueType()),
                        text(row.intent()),
                        Long.toString(row.recordTime().toEpochMilli()),
                        row.processInstanceKey() == null ? "" : row.processInstanceKey().toString(),
                        text(row.bpmnProcessId()),
                        text(row.elementId()),
                        text(row.elementType()),
                        text(row.completedBy()),
                        row.valueJson());
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
