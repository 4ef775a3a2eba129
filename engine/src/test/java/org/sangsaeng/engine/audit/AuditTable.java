package org.sangsaeng.engine.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sangsaeng.db.TestDatabase;

/** Looks at {@code audit_record} from the outside, the way oversight reads it. */
record AuditTable(TestDatabase.Database database) {

    long count() {
        return query(
                "SELECT COUNT(*) FROM audit_record",
                rs -> {
                    rs.next();
                    return rs.getLong(1);
                });
    }

    List<Long> positions() {
        return query(
                "SELECT position FROM audit_record ORDER BY position",
                rs -> {
                    List<Long> positions = new ArrayList<>();
                    while (rs.next()) {
                        positions.add(rs.getLong(1));
                    }
                    return positions;
                });
    }

    /**
     * The row at that position, column name to value; DATETIME columns as {@link LocalDateTime}.
     */
    Map<String, Object> row(long position) {
        return query(
                "SELECT * FROM audit_record WHERE position = " + position,
                rs -> {
                    if (!rs.next()) {
                        throw new AssertionError("no audit row at position " + position);
                    }
                    return columns(rs);
                });
    }

    /** The current row of {@code rs}, column name to value, times as local date-times. */
    private static Map<String, Object> columns(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value =
                    meta.getColumnType(i) == Types.TIMESTAMP
                            ? rs.getObject(i, LocalDateTime.class)
                            : rs.getObject(i);
            row.put(meta.getColumnLabel(i), value);
        }
        return row;
    }

    /** A row written by someone other than the exporter, with a made-up hash. */
    void insertForged(long position, String prevHash) {
        execute(
                "INSERT INTO audit_record (partition_id, position, record_key, record_type, value_type, intent,"
                        + " record_time, value_json, exported_at, prev_hash, row_hash) VALUES ("
                        + TestRecords.PARTITION
                        + ", "
                        + position
                        + ", 1, 'EVENT', 'JOB', 'COMPLETED', NOW(), '{}', NOW(), '"
                        + prevHash
                        + "', '"
                        + "f".repeat(64)
                        + "')");
    }

    /** The newest checkpoint row, column name to value. */
    Map<String, Object> newestCheckpoint() {
        return query(
                "SELECT * FROM audit_checkpoint ORDER BY id DESC LIMIT 1",
                rs -> {
                    if (!rs.next()) {
                        throw new AssertionError("no audit checkpoint");
                    }
                    return columns(rs);
                });
    }

    /**
     * Takes the table away (as a broken migration or a lost database would) until {@link
     * #restore()}.
     */
    void takeOffline() {
        execute("RENAME TABLE audit_record TO audit_record_offline");
    }

    void restore() {
        execute("RENAME TABLE audit_record_offline TO audit_record");
    }

    private void execute(String sql) {
        try (Connection c = connect();
                Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private <T> T query(String sql, ResultReader<T> reader) {
        try (Connection c = connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            return reader.read(rs);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    private interface ResultReader<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
