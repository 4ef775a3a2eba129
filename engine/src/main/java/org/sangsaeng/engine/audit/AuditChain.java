package org.sangsaeng.engine.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The tamper evidence of the audit trail: each row stores the SHA-256 of the previous row's hash
 * (same partition, by position) and its own content, so changing any stored row breaks the chain
 * from that row on. The app's verifier computes the same function (a shared test vector keeps the
 * two equal); the format is documented in processes/README.md.
 */
final class AuditChain {

    private static final char SEPARATOR = '\u001f';

    private AuditChain() {}

    /**
     * hex(SHA-256(prev + US + partition + US + position + ... + US + valueJson)), UTF-8; nulls as
     * "".
     */
    static String hash(String previousHash, AuditRow row) {
        StringBuilder content =
                new StringBuilder(row.valueJson().length() + 300)
                        .append(previousHash == null ? "" : previousHash)
                        .append(SEPARATOR)
                        .append(row.partitionId())
                        .append(SEPARATOR)
                        .append(row.position())
                        .append(SEPARATOR)
                        .append(row.recordKey())
                        .append(SEPARATOR)
                        .append(text(row.recordType(), 30))
                        .append(SEPARATOR)
                        .append(text(row.valueType(), 50))
                        .append(SEPARATOR)
                        .append(text(row.intent(), 50))
                        .append(SEPARATOR)
                        .append(row.recordTime().toEpochMilli())
                        .append(SEPARATOR)
                        .append(row.processInstanceKey() == null ? "" : row.processInstanceKey())
                        .append(SEPARATOR)
                        .append(text(row.bpmnProcessId(), 100))
                        .append(SEPARATOR)
                        .append(text(row.elementId(), 100))
                        .append(SEPARATOR)
                        .append(text(row.elementType(), 50))
                        .append(SEPARATOR)
                        .append(text(row.completedBy(), 64))
                        .append(SEPARATOR)
                        .append(row.valueJson());
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    // As stored: the writer cuts a text longer than its column, so the hash covers the cut text.
    private static String text(String value, int column) {
        String cut = stored(value, column);
        return cut == null ? "" : cut;
    }

    /** A text as its column stores it: cut to the column's length; null stays null. */
    static String stored(String value, int column) {
        return value == null || value.length() <= column ? value : value.substring(0, column);
    }
}
