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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.mariadb.jdbc.Driver;
import org.slf4j.Logger;

/**
 * Writes batches of rows to {@code audit_record} over one JDBC connection, opened on first use and
 * thrown away after any failure so that the next batch starts on a fresh one.
 */
final class AuditRecordWriter implements AutoCloseable {

    // No IGNORE: a row already at a position is compared before the insert (see write), so a
    // duplicate here means something wrote meanwhile, and the batch fails and is retried. Over-long
    // texts are cut to their columns before binding (an error would make the broker retry that
    // record forever), exactly as the hash covers them.
    private static final String INSERT =
            """
            INSERT INTO audit_record
              (partition_id, position, record_key, record_type, value_type, intent, record_time,
               process_instance_key, bpmn_process_id, element_id, element_type, completed_by,
               value_json, exported_at, prev_hash, row_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /**
     * The hash the chain continues from when the exporter has no head of its own yet (first start).
     */
    private static final String PREVIOUS =
            """
            SELECT row_hash FROM audit_record WHERE partition_id = ? AND position < ?
            ORDER BY position DESC LIMIT 1""";

    /**
     * Rows already stored in a batch's range: replays of what this exporter wrote, or someone
     * else's.
     */
    private static final String STORED =
            """
            SELECT position, prev_hash, row_hash, record_key, value_type, intent, record_time, completed_by
            FROM audit_record WHERE partition_id = ? AND position BETWEEN ? AND ?""";

    private static final String CHECKPOINT =
            """
            INSERT INTO audit_checkpoint (partition_id, position, head_hash, signed_at, key_id, signature)
            VALUES (?, ?, ?, ?, ?, ?)""";

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
            throw new IllegalArgumentException(
                    "args.url must be a MariaDB JDBC URL (jdbc:mariadb://...), was "
                            + config.location());
        }
    }

    /**
     * Inserts a batch of one partition's rows (ordered by position) in one transaction, each
     * chained to the row before it: to the exporter's own head when it has one, else (first start)
     * to the stored row before the batch. A row already stored at a position is a replay (the
     * broker exports again what came after the position it had persisted, which lags behind a
     * restart) when it is the same record (key, value type, intent, time, who completed it) linked
     * to the same previous hash: it stays as stored, and the chain goes on from its hash. Zeebe
     * does not promise the same JSON for a record read again (a deployment's resources differ), so
     * the JSON is not compared. Any other row there is someone else's, and the batch fails with
     * {@link AuditConflictException}. With a signer, a signed checkpoint of the new head is written
     * in the same transaction. Returns the new head; either everything is stored, or nothing.
     */
    ChainHead write(
            List<AuditRow> rows, ChainHead head, Instant exportedAt, CheckpointSigner signer)
            throws SQLException {
        AuditRow first = rows.getFirst();
        AuditRow last = rows.getLast();
        if (rows.stream().anyMatch(r -> r.partitionId() != first.partitionId())) {
            throw new IllegalArgumentException(
                    "An exporter writes one partition; the batch holds several");
        }
        Connection c = connection();
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            Map<Long, Stored> stored =
                    stored(c, first.partitionId(), first.position(), last.position());
            String prev =
                    head != null && head.position() < first.position()
                            ? head.hash()
                            : previousHash(c, first);
            LocalDateTime exported = utc(exportedAt);
            int inserts = 0;
            for (AuditRow row : rows) {
                String hash = AuditChain.hash(prev, row);
                Stored there = stored.get(row.position());
                if (there == null) {
                    bind(insert, row, exported);
                    insert.setString(15, prev);
                    insert.setString(16, hash);
                    insert.addBatch();
                    inserts++;
                } else if (there.rowHash().equals(hash) || there.replays(row, prev)) {
                    hash = there.rowHash();
                } else {
                    throw new AuditConflictException(
                            row.partitionId(), row.position(), there.rowHash(), hash);
                }
                prev = hash;
            }
            if (inserts > 0) {
                insert.executeBatch();
            }
            ChainHead next = new ChainHead(last.partitionId(), last.position(), prev);
            if (signer != null) {
                checkpoint(c, next, exportedAt, signer);
            }
            c.commit();
            return next;
        } catch (SQLException | RuntimeException e) {
            discard(c);
            throw e;
        }
    }

    /** A signed checkpoint of a head already written, in a transaction of its own. */
    void checkpoint(ChainHead head, Instant signedAt, CheckpointSigner signer) throws SQLException {
        Connection c = connection();
        try {
            checkpoint(c, head, signedAt, signer);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            discard(c);
            throw e;
        }
    }

    private static void checkpoint(
            Connection c, ChainHead head, Instant signedAt, CheckpointSigner signer)
            throws SQLException {
        // Signed at whole milliseconds, as DATETIME(3) stores it, so the stored time verifies.
        Instant at = Instant.ofEpochMilli(signedAt.toEpochMilli());
        try (PreparedStatement st = c.prepareStatement(CHECKPOINT)) {
            st.setInt(1, head.partitionId());
            st.setLong(2, head.position());
            st.setString(3, head.hash());
            st.setObject(4, utc(at));
            st.setString(5, signer.keyId());
            st.setString(6, signer.sign(head, at));
            st.executeUpdate();
        }
    }

    /** What identifies a stored row as the record the broker sends again, and how it is chained. */
    private record Stored(
            String prevHash,
            String rowHash,
            long recordKey,
            String valueType,
            String intent,
            Instant recordTime,
            String completedBy) {

        boolean replays(AuditRow row, String prev) {
            return java.util.Objects.equals(prevHash, prev)
                    && recordKey == row.recordKey()
                    && valueType.equals(AuditChain.stored(row.valueType(), 50))
                    && intent.equals(AuditChain.stored(row.intent(), 50))
                    && recordTime.toEpochMilli() == row.recordTime().toEpochMilli()
                    && java.util.Objects.equals(
                            completedBy, AuditChain.stored(row.completedBy(), 64));
        }
    }

    private static Map<Long, Stored> stored(Connection c, int partition, long from, long to)
            throws SQLException {
        Map<Long, Stored> hashes = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(STORED)) {
            st.setInt(1, partition);
            st.setLong(2, from);
            st.setLong(3, to);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    hashes.put(
                            rs.getLong(1),
                            new Stored(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getLong(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getObject(7, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                                    rs.getString(8)));
                }
            }
        }
        return hashes;
    }

    private static String previousHash(Connection c, AuditRow row) throws SQLException {
        try (PreparedStatement previous = c.prepareStatement(PREVIOUS)) {
            previous.setInt(1, row.partitionId());
            previous.setLong(2, row.position());
            try (ResultSet rs = previous.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
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

    private static void bind(PreparedStatement insert, AuditRow row, LocalDateTime exportedAt)
            throws SQLException {
        insert.setInt(1, row.partitionId());
        insert.setLong(2, row.position());
        insert.setLong(3, row.recordKey());
        insert.setString(4, AuditChain.stored(row.recordType(), 30));
        insert.setString(5, AuditChain.stored(row.valueType(), 50));
        insert.setString(6, AuditChain.stored(row.intent(), 50));
        insert.setObject(7, utc(row.recordTime()));
        if (row.processInstanceKey() == null) {
            insert.setNull(8, Types.BIGINT);
        } else {
            insert.setLong(8, row.processInstanceKey());
        }
        insert.setString(9, AuditChain.stored(row.bpmnProcessId(), 100));
        insert.setString(10, AuditChain.stored(row.elementId(), 100));
        insert.setString(11, AuditChain.stored(row.elementType(), 50));
        insert.setString(12, AuditChain.stored(row.completedBy(), 64));
        insert.setString(13, row.valueJson());
        insert.setObject(14, exportedAt);
    }

    // DATETIME has no zone: a LocalDateTime goes over the wire as is, where a Timestamp would be
    // shifted into the broker JVM's zone.
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
