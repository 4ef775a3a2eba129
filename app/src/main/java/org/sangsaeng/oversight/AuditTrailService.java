package org.sangsaeng.oversight;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.shared.SangsaengHome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Checks that the audit trail is as the exporter wrote it. First the chain: every row's hash is
 * recomputed from its stored content and the previous row's stored hash, partition by partition, in
 * pages by position (constant memory), naming the first row that does not match. Then the
 * checkpoints the exporter signed: each must carry the exporter's signature and meet the row at its
 * position with the same hash, so a deleted tail, a rewritten chain and a forged checkpoint are
 * each named. Checkpoints kept outside the database (the foundation's copies) are checked the same
 * way, which also catches checkpoints deleted from the table.
 */
@Service
public class AuditTrailService {

    static final int PAGE = 2_000;

    private final JdbcTemplate jdbc;
    private final CurrentUsers currentUsers;
    // Read at each check: the broker makes the key on its first start, after the app has started.
    private final Supplier<Optional<CheckpointKey>> key;
    private final Clock clock;

    @Autowired
    AuditTrailService(
            JdbcTemplate jdbc,
            CurrentUsers currentUsers,
            SangsaengHome home,
            @Value("${sangsaeng.audit.public-key-file:}") String publicKeyFile,
            Clock clock) {
        this(
                jdbc,
                currentUsers,
                () ->
                        StringUtils.hasText(publicKeyFile)
                                ? CheckpointKey.read(home.resolve(publicKeyFile))
                                : Optional.empty(),
                clock);
    }

    private AuditTrailService(
            JdbcTemplate jdbc,
            CurrentUsers currentUsers,
            Supplier<Optional<CheckpointKey>> key,
            Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.key = key;
        this.clock = clock;
    }

    /**
     * For callers that are not a signed-in person (the command line), with the public key in that
     * file, if any.
     */
    public static AuditTrailService offline(JdbcTemplate jdbc, Path publicKeyFile) {
        return new AuditTrailService(
                jdbc, null, () -> CheckpointKey.read(publicKeyFile), Clock.systemUTC());
    }

    /** For the command line with a public key given outright (the foundation's copy). */
    public static AuditTrailService offline(JdbcTemplate jdbc, CheckpointKey publicKey) {
        return new AuditTrailService(jdbc, null, () -> Optional.of(publicKey), Clock.systemUTC());
    }

    /**
     * The newest signed checkpoints with the exporter's public key, for the foundation to keep
     * outside the database (download, daily e-mail).
     */
    public CheckpointFile checkpointFile() {
        requireFoundation(currentUsers);
        return currentCheckpoints();
    }

    /** As {@link #checkpointFile()}, for the daily e-mail, which no signed-in person asks for. */
    CheckpointFile currentCheckpoints() {
        CheckpointKey publicKey =
                key.get().orElseThrow(() -> new NotFoundException("error.audit.noPublicKey"));
        return new CheckpointFile(
                clock.instant(), publicKey.encoded(), publicKey.keyId(), newestCheckpoints());
    }

    /** For the foundation and admins. */
    public ChainReport verify() {
        requireFoundation(currentUsers);
        return verifyAll();
    }

    /** Refuses everyone but the foundation and admins (audit actions that span every co-op). */
    static void requireFoundation(CurrentUsers currentUsers) {
        currentUsers.requireOverseer("error.audit.foundationOnly");
    }

    /** The exporter's public key, when this app can read it. */
    public Optional<CheckpointKey> checkpointKey() {
        return key.get();
    }

    /** The check itself against the checkpoints in the table. */
    public ChainReport verifyAll() {
        return verifyAll(List.of());
    }

    /** The check itself, also against checkpoints kept outside the database (a downloaded copy). */
    public ChainReport verifyAll(Collection<AuditCheckpoint> keptOutside) {
        long checked = 0;
        long beforeChain = 0;
        Map<Integer, Long> newestRow = new HashMap<>();
        for (int partition : partitions()) {
            ChainWalk walk = new ChainWalk();
            long after = -1;
            while (true) {
                List<AuditRows.Stored> page =
                        jdbc.query(
                                "SELECT "
                                        + AuditRows.COLUMNS
                                        + " FROM audit_record WHERE partition_id = ? AND position > ? ORDER BY position LIMIT ?",
                                AuditRows::stored,
                                partition,
                                after,
                                PAGE);
                for (AuditRows.Stored s : page) {
                    after = s.row().position();
                    ChainReport.Broken broken = walk.next(s);
                    if (broken != null) {
                        return ChainReport.broken(
                                checked + walk.checked, beforeChain + walk.beforeChain, broken);
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            checked += walk.checked;
            beforeChain += walk.beforeChain;
            if (walk.checked > 0) {
                newestRow.put(partition, after);
            }
        }
        return checkpoints(checked, beforeChain, newestRow, keptOutside);
    }

    private ChainReport checkpoints(
            long checked,
            long beforeChain,
            Map<Integer, Long> newestRow,
            Collection<AuditCheckpoint> keptOutside) {
        Optional<CheckpointKey> publicKey = key.get();
        List<Anchor> anchors =
                new ArrayList<>(
                        jdbc.query(
                                """
                SELECT c.partition_id, c.position, c.head_hash, c.signed_at, c.key_id, c.signature, r.row_hash
                FROM audit_checkpoint c LEFT JOIN audit_record r
                  ON r.partition_id = c.partition_id AND r.position = c.position
                ORDER BY c.partition_id, c.position, c.id""",
                                (rs, n) ->
                                        new Anchor(
                                                new AuditCheckpoint(
                                                        rs.getInt(1),
                                                        rs.getLong(2),
                                                        rs.getString(3),
                                                        rs.getObject(
                                                                        4,
                                                                        java.time.LocalDateTime
                                                                                .class)
                                                                .toInstant(
                                                                        java.time.ZoneOffset.UTC),
                                                        rs.getString(5),
                                                        rs.getString(6)),
                                                rs.getString(7))));
        for (AuditCheckpoint outside : keptOutside) {
            anchors.add(new Anchor(outside, storedHash(outside.partitionId(), outside.position())));
        }
        Map<Integer, AuditCheckpoint> newest = new HashMap<>();
        for (Anchor a : anchors) {
            AuditCheckpoint cp = a.checkpoint();
            String reason =
                    publicKey.isPresent() && !cp.signedBy(publicKey.get().key())
                            ? "audit.broken.checkpointSignature"
                            : a.storedHash() == null
                                    ? (cp.position() > newestRow.getOrDefault(cp.partitionId(), -1L)
                                            ? "audit.broken.tailDeleted"
                                            : "audit.broken.rowDeleted")
                                    : !a.storedHash().equals(cp.headHash())
                                            ? "audit.broken.rewritten"
                                            : null;
            if (reason != null) {
                return ChainReport.broken(
                        checked,
                        beforeChain,
                        new ChainReport.Broken(cp.partitionId(), cp.position(), reason));
            }
            newest.merge(cp.partitionId(), cp, (x, y) -> y.position() >= x.position() ? y : x);
        }
        if (publicKey.isPresent()) {
            for (var partition : newestRow.entrySet()) {
                if (!newest.containsKey(partition.getKey())) {
                    return ChainReport.broken(
                            checked,
                            beforeChain,
                            new ChainReport.Broken(
                                    partition.getKey(),
                                    partition.getValue(),
                                    "audit.broken.noCheckpoint"));
                }
            }
        }
        long after = 0;
        Instant newestAt = null;
        for (AuditCheckpoint cp : newest.values()) {
            after +=
                    Objects.requireNonNull(
                            jdbc.queryForObject(
                                    "SELECT COUNT(*) FROM audit_record WHERE partition_id = ? AND position > ?",
                                    Long.class,
                                    cp.partitionId(),
                                    cp.position()));
            newestAt =
                    newestAt == null || cp.signedAt().isAfter(newestAt) ? cp.signedAt() : newestAt;
        }
        for (var partition : newestRow.keySet()) {
            if (!newest.containsKey(partition)) {
                after +=
                        Objects.requireNonNull(
                                jdbc.queryForObject(
                                        "SELECT COUNT(*) FROM audit_record WHERE partition_id = ?",
                                        Long.class,
                                        partition));
            }
        }
        return new ChainReport(
                true,
                checked,
                beforeChain,
                null,
                anchors.size(),
                publicKey.isPresent(),
                newestAt,
                after);
    }

    /** The newest signed checkpoint of each partition. */
    List<AuditCheckpoint> newestCheckpoints() {
        return jdbc.query(
                """
                SELECT partition_id, position, head_hash, signed_at, key_id, signature FROM (
                  SELECT c.*, ROW_NUMBER() OVER (PARTITION BY partition_id ORDER BY position DESC, id DESC) AS n
                  FROM audit_checkpoint c) newest
                WHERE n = 1 ORDER BY partition_id""",
                (rs, n) ->
                        new AuditCheckpoint(
                                rs.getInt(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getObject(4, java.time.LocalDateTime.class)
                                        .toInstant(java.time.ZoneOffset.UTC),
                                rs.getString(5),
                                rs.getString(6)));
    }

    private List<Integer> partitions() {
        return jdbc.queryForList(
                "SELECT DISTINCT partition_id FROM audit_record ORDER BY partition_id",
                Integer.class);
    }

    private String storedHash(int partition, long position) {
        List<String> hashes =
                jdbc.queryForList(
                        "SELECT row_hash FROM audit_record WHERE partition_id = ? AND position = ?",
                        String.class,
                        partition,
                        position);
        return hashes.isEmpty() ? null : hashes.getFirst();
    }

    private record Anchor(AuditCheckpoint checkpoint, String storedHash) {}
}
