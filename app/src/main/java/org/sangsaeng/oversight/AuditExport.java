package org.sangsaeng.oversight;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.shared.Csv;
import org.sangsaeng.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports for people outside the app: an instance's audit trail, a contiguous stretch of one
 * partition's chain, and a searched list of instances, as CSV or JSON. Audit rows carry {@code
 * prev_hash} and {@code row_hash}, so a third party can recompute every hash offline (the format is
 * in processes/README.md). Checks and counting happen when the export is asked for; the rows are
 * streamed from the database while the file is written, and an export larger than {@code
 * sangsaeng.oversight.export-max-rows} is refused with the count.
 */
@Service
public class AuditExport {

    public enum Format {
        CSV("text/csv; charset=UTF-8", "csv"),
        JSON("application/json", "json");

        public final String contentType;
        public final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    /** A file ready to be written: its name, type and the code that streams its content. */
    public record ExportFile(String filename, String contentType, Body body) {}

    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    static final List<String> AUDIT_HEADER =
            List.of(
                    "partition_id",
                    "position",
                    "record_key",
                    "record_type",
                    "value_type",
                    "intent",
                    "record_time",
                    "process_instance_key",
                    "bpmn_process_id",
                    "element_id",
                    "element_type",
                    "completed_by",
                    "value_json",
                    "prev_hash",
                    "row_hash");

    private static final List<String> INSTANCE_HEADER =
            List.of(
                    "instance_key",
                    "bpmn_process_id",
                    "version",
                    "coop_id",
                    "coop_name",
                    "business_key",
                    "state",
                    "open_incidents",
                    "started_at",
                    "ended_at",
                    "parent_instance_key");

    private final ProcessExplorer explorer;
    private final CurrentUsers currentUsers;
    private final NamedParameterJdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final JsonMapper json;
    private final int maxRows;

    AuditExport(
            ProcessExplorer explorer,
            CurrentUsers currentUsers,
            NamedParameterJdbcTemplate jdbc,
            JsonMapper json,
            @Value("${sangsaeng.oversight.export-max-rows:100000}") int maxRows) {
        this.explorer = explorer;
        this.currentUsers = currentUsers;
        this.jdbc = jdbc;
        this.json = json;
        this.maxRows = maxRows;
        // The driver streams a result read with a fetch size instead of holding all of it in
        // memory.
        this.streaming = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
        this.streaming.setFetchSize(1_000);
    }

    /** Every audit row of one instance, in the chain's order. */
    public ExportFile trail(long instanceKey, Format format) {
        InstanceSummary instance = explorer.instance(instanceKey);
        long rows =
                count(
                        "SELECT COUNT(*) FROM audit_record WHERE process_instance_key = :key",
                        new MapSqlParameterSource("key", instanceKey));
        return auditFile(
                instance.processId() + "-" + instanceKey + "-trail",
                format,
                Map.of("scope", "instance", "instanceKey", instanceKey, "rows", rows),
                rows,
                "SELECT "
                        + AuditRows.COLUMNS
                        + " FROM audit_record WHERE process_instance_key = ?"
                        + " ORDER BY partition_id, position",
                instanceKey);
    }

    /**
     * A stretch of one partition's chain after a position: every row links to the one before it, so
     * the whole stretch can be checked offline (foundation and admins).
     */
    public ExportFile segment(int partition, long afterPosition, int limit, Format format) {
        AuditTrailService.requireFoundation(currentUsers);
        if (limit < 1 || limit > maxRows) {
            throw new InvalidInputException("error.explorer.limit", maxRows);
        }
        long rows =
                Math.min(
                        limit,
                        count(
                                "SELECT COUNT(*) FROM audit_record WHERE partition_id = :p AND position > :after",
                                new MapSqlParameterSource("p", partition)
                                        .addValue("after", afterPosition)));
        return auditFile(
                "audit-partition-" + partition + "-after-" + afterPosition,
                format,
                Map.of(
                        "scope",
                        "segment",
                        "partition",
                        partition,
                        "afterPosition",
                        afterPosition,
                        "rows",
                        rows),
                rows,
                "SELECT "
                        + AuditRows.COLUMNS
                        + " FROM audit_record WHERE partition_id = ? AND position > ?"
                        + " ORDER BY position LIMIT ?",
                partition,
                afterPosition,
                limit);
    }

    /** The instances a search finds, newest first. */
    public ExportFile instances(InstanceQuery query, Format format) {
        long rows = explorer.count(query);
        refuseAboveMax(rows);
        // Read now, while the caller is known; instance rows are small even at the maximum.
        List<InstanceSummary> all = new ArrayList<>();
        for (int offset = 0; offset < rows; offset += ProcessExplorer.MAX_PAGE) {
            all.addAll(explorer.search(query, offset, ProcessExplorer.MAX_PAGE));
        }
        return new ExportFile(
                "process-instances." + format.extension,
                format.contentType,
                out -> {
                    try (Writer w = writer(out)) {
                        if (format == Format.CSV) {
                            w.write(String.join(",", INSTANCE_HEADER) + "\n");
                            for (InstanceSummary s : all) {
                                w.write(
                                        String.join(
                                                        ",",
                                                        List.of(
                                                                Long.toString(s.key()),
                                                                Csv.exact(s.processId()),
                                                                Integer.toString(s.version()),
                                                                text(s.coopId()),
                                                                Csv.quote(s.coopName()),
                                                                Csv.quote(s.businessKey()),
                                                                s.state().name(),
                                                                Integer.toString(s.openIncidents()),
                                                                text(s.startedAt()),
                                                                text(s.endedAt()),
                                                                text(s.parentKey())))
                                                + "\n");
                            }
                        } else {
                            w.write(
                                    json.writeValueAsString(
                                            Map.of(
                                                    "format",
                                                    "sangsaeng-instances/1",
                                                    "rows",
                                                    all)));
                        }
                    }
                });
    }

    private ExportFile auditFile(
            String name,
            Format format,
            Map<String, Object> about,
            long rows,
            String sql,
            Object... args) {
        refuseAboveMax(rows);
        return new ExportFile(
                name + "." + format.extension,
                format.contentType,
                out -> {
                    try (Writer w = writer(out)) {
                        if (format == Format.CSV) {
                            w.write(String.join(",", AUDIT_HEADER) + "\n");
                            each(sql, args, s -> write(w, csv(s)));
                        } else {
                            Map<String, Object> head = new LinkedHashMap<>();
                            head.put("format", "sangsaeng-audit/1");
                            head.putAll(about);
                            String opening = json.writeValueAsString(head);
                            w.write(
                                    opening.substring(0, opening.length() - 1)
                                            + ",\"records\":[\n");
                            boolean[] first = {true};
                            each(
                                    sql,
                                    args,
                                    s -> {
                                        write(
                                                w,
                                                (first[0] ? "" : ",\n")
                                                        + json.writeValueAsString(map(s)));
                                        first[0] = false;
                                    });
                            w.write("\n]}\n");
                        }
                    }
                });
    }

    private void each(String sql, Object[] args, Consumer<AuditRows.Stored> action) {
        streaming.query(
                sql,
                rs -> {
                    action.accept(AuditRows.stored(rs, 0));
                },
                args);
    }

    static Map<String, Object> map(AuditRows.Stored s) {
        AuditChain.Row r = s.row();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("partition_id", r.partitionId());
        m.put("position", r.position());
        m.put("record_key", r.recordKey());
        m.put("record_type", r.recordType());
        m.put("value_type", r.valueType());
        m.put("intent", r.intent());
        m.put("record_time", r.recordTime().toString());
        m.put("process_instance_key", r.processInstanceKey());
        m.put("bpmn_process_id", r.bpmnProcessId());
        m.put("element_id", r.elementId());
        m.put("element_type", r.elementType());
        m.put("completed_by", r.completedBy());
        m.put("value_json", r.valueJson());
        m.put("prev_hash", s.prevHash());
        m.put("row_hash", s.rowHash());
        return m;
    }

    private static String csv(AuditRows.Stored s) {
        List<String> cells = new ArrayList<>();
        for (Object value : map(s).values()) {
            cells.add(
                    value instanceof String text
                            ? Csv.exact(text)
                            : value == null ? "" : value.toString());
        }
        return String.join(",", cells) + "\n";
    }

    private static void write(Writer w, String text) {
        try {
            w.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private long count(String sql, MapSqlParameterSource params) {
        Long n = jdbc.queryForObject(sql, params, Long.class);
        return n == null ? 0 : n;
    }

    private void refuseAboveMax(long rows) {
        if (rows > maxRows) {
            throw new InvalidInputException("error.explorer.tooManyRows", rows, maxRows);
        }
    }
}
