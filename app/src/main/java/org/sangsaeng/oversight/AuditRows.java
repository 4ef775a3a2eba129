package org.sangsaeng.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Reading stored audit rows with their hashes, for the chain check and the exports. */
final class AuditRows {

    static final String COLUMNS =
            """
            partition_id, position, record_key, record_type, value_type, intent, record_time, process_instance_key,
            bpmn_process_id, element_id, element_type, completed_by, value_json, prev_hash, row_hash""";

    /**
     * A row as stored: the hashed content and the two hashes (null for rows from before the chain).
     */
    record Stored(AuditChain.Row row, String prevHash, String rowHash) {}

    private AuditRows() {}

    static Stored stored(ResultSet rs, int n) throws SQLException {
        LocalDateTime time = rs.getObject("record_time", LocalDateTime.class);
        return new Stored(
                new AuditChain.Row(
                        rs.getInt("partition_id"),
                        rs.getLong("position"),
                        rs.getLong("record_key"),
                        rs.getString("record_type"),
                        rs.getString("value_type"),
                        rs.getString("intent"),
                        time.toInstant(ZoneOffset.UTC),
                        rs.getObject("process_instance_key", Long.class),
                        rs.getString("bpmn_process_id"),
                        rs.getString("element_id"),
                        rs.getString("element_type"),
                        rs.getString("completed_by"),
                        rs.getString("value_json")),
                rs.getString("prev_hash"),
                rs.getString("row_hash"));
    }
}
