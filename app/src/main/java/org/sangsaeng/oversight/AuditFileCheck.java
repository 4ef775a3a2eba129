package org.sangsaeng.oversight;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sangsaeng.shared.Csv;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an exported audit file offline, as a third party would: every row's {@code row_hash} must
 * be the SHA-256 of its {@code prev_hash} and content ({@link AuditChain}). Where a row's {@code
 * prev_hash} is the hash of the row before it in the same partition of the file, the two are
 * linked. An exported stretch of a partition ({@code /api/v1/audit/records}) must be linked
 * throughout ({@code wholeSegment}); an instance's trail holds rows of one instance only, so its
 * rows are checked one by one and the links counted.
 */
public final class AuditFileCheck {

    /** What the check found; {@code firstBroken} is null when every row matched. */
    public record Result(long rows, long linked, long beforeChain, ChainReport.Broken firstBroken) {

        public boolean intact() {
            return firstBroken == null;
        }
    }

    private AuditFileCheck() {}

    /**
     * Reads CSV (with the export's header line) or JSON (the export's object), told apart by the
     * first character.
     */
    public static Result check(Reader in, boolean wholeSegment) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        reader.mark(1);
        int first = reader.read();
        reader.reset();
        Checker checker = new Checker(wholeSegment);
        if (first == '{') {
            readJson(reader, checker);
        } else {
            readCsv(reader, checker);
        }
        return checker.result();
    }

    private static void readCsv(BufferedReader reader, Consumer<AuditRows.Stored> rows)
            throws IOException {
        String header = reader.readLine();
        if (header == null || !Csv.split(header).equals(AuditExport.AUDIT_HEADER)) {
            throw new IOException(
                    "Not an audit export: the first line must be "
                            + String.join(",", AuditExport.AUDIT_HEADER));
        }
        String line;
        int n = 1;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            List<String> c = Csv.split(line);
            if (c.size() != AuditExport.AUDIT_HEADER.size()) {
                throw new IOException(
                        "Line "
                                + n
                                + " has "
                                + c.size()
                                + " cells instead of "
                                + AuditExport.AUDIT_HEADER.size());
            }
            rows.accept(
                    new AuditRows.Stored(
                            new AuditChain.Row(
                                    Integer.parseInt(c.get(0)),
                                    Long.parseLong(c.get(1)),
                                    Long.parseLong(c.get(2)),
                                    c.get(3),
                                    c.get(4),
                                    c.get(5),
                                    Instant.parse(c.get(6)),
                                    c.get(7).isEmpty() ? null : Long.valueOf(c.get(7)),
                                    nullIfEmpty(c.get(8)),
                                    nullIfEmpty(c.get(9)),
                                    nullIfEmpty(c.get(10)),
                                    nullIfEmpty(c.get(11)),
                                    c.get(12)),
                            nullIfEmpty(c.get(13)),
                            nullIfEmpty(c.get(14))));
        }
    }

    private static void readJson(BufferedReader reader, Consumer<AuditRows.Stored> rows)
            throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(reader);
        if (!"sangsaeng-audit/1".equals(root.path("format").asString(""))) {
            throw new IOException("Not an audit export: \"format\" must be \"sangsaeng-audit/1\"");
        }
        for (JsonNode r : root.path("records")) {
            rows.accept(
                    new AuditRows.Stored(
                            new AuditChain.Row(
                                    r.path("partition_id").asInt(),
                                    r.path("position").asLong(),
                                    r.path("record_key").asLong(),
                                    text(r, "record_type"),
                                    text(r, "value_type"),
                                    text(r, "intent"),
                                    Instant.parse(text(r, "record_time")),
                                    r.path("process_instance_key").isNull()
                                            ? null
                                            : r.path("process_instance_key").asLong(),
                                    text(r, "bpmn_process_id"),
                                    text(r, "element_id"),
                                    text(r, "element_type"),
                                    text(r, "completed_by"),
                                    text(r, "value_json")),
                            text(r, "prev_hash"),
                            text(r, "row_hash")));
        }
    }

    private static final class Checker implements Consumer<AuditRows.Stored> {

        private final boolean wholeSegment;
        private final Map<Integer, String> last = new HashMap<>();
        private final List<ChainReport.Broken> broken = new ArrayList<>();
        private long rows;
        private long linked;
        private long beforeChain;

        Checker(boolean wholeSegment) {
            this.wholeSegment = wholeSegment;
        }

        @Override
        public void accept(AuditRows.Stored s) {
            rows++;
            if (!broken.isEmpty()) {
                return;
            }
            int partition = s.row().partitionId();
            if (s.rowHash() == null) {
                beforeChain++;
                return;
            }
            String previous = last.get(partition);
            if (previous != null && previous.equals(s.prevHash())) {
                linked++;
            } else if (wholeSegment && last.containsKey(partition)) {
                broken.add(
                        new ChainReport.Broken(partition, s.row().position(), "audit.broken.link"));
                return;
            }
            if (!AuditChain.hash(s.prevHash(), s.row()).equals(s.rowHash())) {
                broken.add(
                        new ChainReport.Broken(
                                partition, s.row().position(), "audit.broken.content"));
                return;
            }
            last.put(partition, s.rowHash());
        }

        Result result() {
            return new Result(
                    rows, linked, beforeChain, broken.isEmpty() ? null : broken.getFirst());
        }
    }

    private static String text(JsonNode row, String field) {
        JsonNode node = row.path(field);
        return node.isNull() || node.isMissingNode() ? null : node.asString();
    }

    private static String nullIfEmpty(String text) {
        return text.isEmpty() ? null : text;
    }
}
