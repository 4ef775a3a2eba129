package org.sangsaeng.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sangsaeng.db.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The attacks on the audit trail that the hash chain alone did not notice, by someone who owns the
 * database (may drop the append-only triggers): each is named by the check against the exporter's
 * signed checkpoints, and {@code ./sangsaeng verify} exits 1 on it.
 */
class AuditTamperingTests {

    @TempDir Path keys;

    private TestDatabase.Database db;
    private JdbcTemplate owner;
    private CheckpointSigning exporter;
    private Path publicKeyFile;
    private long head;

    @BeforeEach
    void givenATrailTheExporterSignedAndTwoRowsAfterIt() throws Exception {
        db = TestDatabase.newMigratedDatabase("tamper");
        owner =
                new JdbcTemplate(
                        new SimpleDriverDataSource(
                                new org.mariadb.jdbc.Driver(), db.url(), db.user(), db.password()));
        exporter = CheckpointSigning.newKey();
        publicKeyFile = exporter.writePublicKey(keys.resolve("audit-signing.key.pub"));
        AuditTrailFixture trail = new AuditTrailFixture(owner);
        trail.finishedPurchase(7, "kim.bakery", Instant.parse("2026-11-30T01:00:00Z"));
        head = trail.firstPosition() + 10;
        exporter.checkpoint(owner, head, Instant.parse("2026-11-30T01:05:00Z"));
    }

    @Test
    void anUntouchedTrailMeetsItsSignedCheckpoint() {
        ChainReport report = verify();

        assertThat(report.intact()).isTrue();
        assertThat(report.rowsChecked()).isEqualTo(11);
        assertThat(report.checkpointsChecked()).isEqualTo(1);
        assertThat(report.signaturesChecked()).isTrue();
        assertThat(report.newestCheckpoint()).isEqualTo(Instant.parse("2026-11-30T01:05:00Z"));
        assertThat(report.rowsAfterNewestCheckpoint()).isZero();
        assertThat(command()).isTrue();
    }

    @Test
    void deletingTheNewestRowsIsNamed() {
        // the owner drops the trigger and deletes the last four rows: what is left still chains
        owner.execute("DROP TRIGGER audit_record_no_delete");
        owner.update("DELETE FROM audit_record WHERE position > ?", head - 4);

        assertBroken(verify(), head, "audit.broken.tailDeleted");
        assertThat(command()).isFalse();
    }

    @Test
    void rewritingTheWholeChainIsNamed() {
        // the owner changes who did the pledge and recomputes every hash after it: the chain is
        // whole again
        rewriteWhoPledged("park.butcher");

        // every row links and hashes (no content or link break is found first); the checkpoint
        // tells
        assertBroken(verify(), head, "audit.broken.rewritten");
        assertThat(command()).isFalse();
    }

    @Test
    void aCheckpointSignedWithAnotherKeyIsNamed() throws Exception {
        // the owner rewrites the chain and signs a new checkpoint for it, without the exporter's
        // key
        rewriteWhoPledged("park.butcher");
        owner.execute("DROP TRIGGER audit_checkpoint_no_delete");
        owner.update("DELETE FROM audit_checkpoint");
        CheckpointSigning.newKey().checkpoint(owner, head, Instant.now());

        assertBroken(verify(), head, "audit.broken.checkpointSignature");
        assertThat(command()).isFalse();
    }

    @Test
    void deletingTheCheckpointsWithTheTailIsNamedAndTheFoundationsCopyNamesTheTail()
            throws Exception {
        CheckpointFile kept = AuditTrailService.offline(owner, publicKeyFile).currentCheckpoints();
        Path keptFile = Files.write(keys.resolve("kept.json"), kept.json());
        owner.execute("DROP TRIGGER audit_record_no_delete");
        owner.execute("DROP TRIGGER audit_checkpoint_no_delete");
        owner.update("DELETE FROM audit_record WHERE position > ?", head - 4);
        owner.update("DELETE FROM audit_checkpoint");

        assertBroken(verify(), head - 4, "audit.broken.noCheckpoint");
        ChainReport againstTheCopy =
                AuditTrailService.offline(owner, CheckpointKey.of(kept.publicKey()))
                        .verifyAll(CheckpointFile.read(keptFile).checkpoints());
        assertBroken(againstTheCopy, head, "audit.broken.tailDeleted");
        assertThat(
                        new VerifyCommand.Check(publicKeyFile, CheckpointFile.read(keptFile))
                                .run(db.url(), db.user(), db.password()))
                .isFalse();
    }

    @Test
    void aRowPutInBeforeTheExportersNextRowIsNamed() {
        // someone adds a row at the next position, chained to the newest; the exporter then writes
        // its
        // next real row chained to its own head, which it keeps itself
        String realHead = hashAt(head);
        insert(head + 1, realHead, "kim.bakery");
        insert(head + 2, realHead, "lee.sidedish");

        assertBroken(verify(), head + 1, "audit.broken.inserted");
        assertThat(command()).isFalse();
    }

    @Test
    void rowsAfterTheNewestCheckpointAreCountedAsNotYetSigned() {
        insert(head + 1, hashAt(head), "lee.sidedish");

        ChainReport report = verify();

        assertThat(report.intact()).isTrue();
        assertThat(report.rowsAfterNewestCheckpoint()).isEqualTo(1);
    }

    private ChainReport verify() {
        return AuditTrailService.offline(owner, publicKeyFile).verifyAll();
    }

    private boolean command() {
        return new VerifyCommand.Check(publicKeyFile, null).run(db.url(), db.user(), db.password());
    }

    private static void assertBroken(ChainReport report, long position, String reason) {
        assertThat(report.intact()).isFalse();
        assertThat(report.firstBroken().position()).isEqualTo(position);
        assertThat(report.firstBroken().reason()).isEqualTo(reason);
    }

    private String hashAt(long position) {
        return owner.queryForObject(
                "SELECT row_hash FROM audit_record WHERE partition_id = 1 AND position = ?",
                String.class,
                position);
    }

    private void rewriteWhoPledged(String member) {
        owner.execute("DROP TRIGGER audit_record_no_update");
        owner.update(
                "UPDATE audit_record SET completed_by = ? WHERE completed_by = 'kim.bakery'",
                member);
        String prev = null;
        for (AuditRows.Stored s :
                owner.query(
                        "SELECT " + AuditRows.COLUMNS + " FROM audit_record ORDER BY position",
                        AuditRows::stored)) {
            String hash = AuditChain.hash(prev, s.row());
            owner.update(
                    "UPDATE audit_record SET prev_hash = ?, row_hash = ? WHERE position = ?",
                    prev,
                    hash,
                    s.row().position());
            prev = hash;
        }
    }

    private void insert(long position, String prev, String completedBy) {
        AuditChain.Row row =
                new AuditChain.Row(
                        1,
                        position,
                        position * 10,
                        "EVENT",
                        "JOB",
                        "COMPLETED",
                        Instant.parse("2026-11-30T02:00:00Z"),
                        99L,
                        "member-vote",
                        "CastVoteTask",
                        null,
                        completedBy,
                        "{\"position\":" + position + "}");
        owner.update(
                """
                INSERT INTO audit_record (partition_id, position, record_key, record_type, value_type, intent, record_time,
                  process_instance_key, bpmn_process_id, element_id, element_type, completed_by, value_json, exported_at,
                  prev_hash, row_hash) VALUES (1, ?, ?, 'EVENT', 'JOB', 'COMPLETED', ?, 99, 'member-vote', 'CastVoteTask',
                  NULL, ?, ?, ?, ?, ?)""",
                position,
                row.recordKey(),
                LocalDateTime.ofInstant(row.recordTime(), ZoneOffset.UTC),
                completedBy,
                row.valueJson(),
                LocalDateTime.now(ZoneOffset.UTC),
                prev,
                AuditChain.hash(prev, row));
    }
}
