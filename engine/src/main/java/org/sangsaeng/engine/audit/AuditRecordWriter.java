package org.sangsaeng.engine.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.mariadb.jdbc.Driver;
import org.slf4j.Logger;

/**
 * Writes batches of rows to {@code audit_record} over one JDBC connection, opened on first use
 * and thrown away after any failure so that the next batch starts on a fresh one.
 */
final class AuditRecordWriter implements AutoCloseable {

    // IGNORE: (partition_id, position) is the primary key, so rows the broker replays after a
    // restart or a failed flush are skipped instead of failing the whole batch. It also stores an
    // over-long text cut short, where an error would make the broker retry that record forever.
    private static final String INSERT = """
            INSERT IGNORE INTO audit_record
              (partition_id, position, record_key, record_type, value_type, intent, record_time,
               process_instance_key, bpmn_process_id, element_id, element_type, completed_by,
               value_json, exported_at, prev_hash, row_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** The hash the chain continues from: the stored row just before a position in its partition. */
    private static final String PREVIOUS = """
            SELECT row_hash FROM audit_record WHERE partition_id = ? AND position < ?
            ORDER BY position DESC LIMIT 1""";

    private static final int CONNECT_TIMEOUT_MS = 5_000;

    private final AuditExporterConfig config;
    private final Logger log;
    // DriverManager only hands out drivers the system class loader can see, and the broker loads
    // this jar in a class loader of its own.
    private final Driver driver = new Driver();
    private Connection connection;

    AuditRecordWriter(AuditExporterConfig config, Logger log) {
        this.config = config;
        this.log = log;
        if (!driver.acceptsURL(config.url())) {
            throw new IllegalArgumentException("args.url must be a MariaDB JDBC URL (jdbc:mariadb://...), was " + config.location());
        }
    }

    /**
     * Inserts all rows in one transaction, each chained to the row before it in its partition:
     * either every row is stored, or none and the exception says why. A replayed row computes the
     * hash it already has, so the chain stays whole.
     */
    void write(Collection<AuditRow> rows, Instant exportedAt) throws SQLException {
        Connection c = connection();
        try (PreparedStatement insert = c.prepareStatement(INSERT);
             PreparedStatement previous = c.prepareStatement(PREVIOUS)) {
            LocalDateTime exported = utc(exportedAt);
            Map<Integer, String> chain = new HashMap<>();
            List<AuditRow> ordered = rows.stream().sorted(Comparator.comparingInt(AuditRow::partitionId)
                    .thenComparingLong(AuditRow::position)).toList();
            for (AuditRow row : ordered) {
                String prev = chain.containsKey(row.partitionId()) ? chain.get(row.partitionId())
                        : previousHash(previous, row);
                String hash = AuditChain.hash(prev, row);
                chain.put(row.partitionId(), hash);
                bind(insert, row, exported);
                insert.setString(15, prev);
                insert.setString(16, hash);
                insert.addBatch();
            }
            insert.executeBatch();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            discard(c);
            throw e;
        }
    }

    private static String previousHash(PreparedStatement previous, AuditRow row) throws SQLException {
        previous.setInt(1, row.partitionId());
        previous.setLong(2, row.position());
        try (ResultSet rs = previous.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Closing the audit database connection failed", e);
            }
            connection = null;
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            Properties properties = new Properties();
            if (config.user() != null) {
                properties.setProperty("user", config.user());
            }
            if (config.password() != null) {
                properties.setProperty("password", config.password());
            }
            // Without a limit an unreachable database would stall the broker's exporter thread.
            properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_MS));
            Connection opened = driver.connect(config.url(), properties);
            try {
                opened.setAutoCommit(false);
                try (Statement st = opened.createStatement()) {
                    st.execute("SET time_zone = '+00:00'");
                }
            } catch (SQLException e) {
                opened.close();
                throw e;
            }
            connection = opened;
            log.debug("Audit exporter connected to {}", config.location());
        }
        return connection;
    }

    private void discard(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            log.debug("Rolling back the failed audit batch failed too", e);
        }
        close();
    }

    private static void bind(PreparedStatement insert, AuditRow row, LocalDateTime exportedAt) throws SQLException {
        insert.setInt(1, row.partitionId());
        insert.setLong(2, row.position());
        insert.setLong(3, row.recordKey());
        insert.setString(4, row.recordType());
        insert.setString(5, row.valueType());
        insert.setString(6, row.intent());
        insert.setObject(7, utc(row.recordTime()));
        if (row.processInstanceKey() == null) {
            insert.setNull(8, Types.BIGINT);
        } else {
            insert.setLong(8, row.processInstanceKey());
        }
        insert.setString(9, row.bpmnProcessId());
        insert.setString(10, row.elementId());
        insert.setString(11, row.elementType());
        insert.setString(12, row.completedBy());
        insert.setString(13, row.valueJson());
        insert.setObject(14, exportedAt);
    }

    // DATETIME has no zone: a LocalDateTime goes over the wire as is, where a Timestamp would be
    // shifted into the broker JVM's zone.
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
