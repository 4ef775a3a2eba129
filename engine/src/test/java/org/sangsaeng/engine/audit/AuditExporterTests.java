package org.sangsaeng.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.sangsaeng.engine.audit.TestRecords.PARTITION;
import static org.sangsaeng.engine.audit.TestRecords.PROCESS_ID;
import static org.sangsaeng.engine.audit.TestRecords.PROCESS_INSTANCE;
import static org.sangsaeng.engine.audit.TestRecords.TIME;
import static org.sangsaeng.engine.audit.TestRecords.job;
import static org.sangsaeng.engine.audit.TestRecords.processInstance;

import io.camunda.zeebe.exporter.api.ExporterException;
import io.camunda.zeebe.exporter.test.ExporterTestConfiguration;
import io.camunda.zeebe.exporter.test.ExporterTestContext;
import io.camunda.zeebe.exporter.test.ExporterTestController;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sangsaeng.db.TestDatabase;

class AuditExporterTests {

    private static final Duration FLUSH_INTERVAL = Duration.ofMillis(500);

    private TestDatabase.Database database;
    private AuditTable table;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabase.newMigratedDatabase("audit");
        table = new AuditTable(database);
    }

    @Test
    void writesAFullBatchAndOnlyThenReportsItsHighestPosition() {
        // given
        var controller = new ExporterTestController();
        var exporter = open(controller, database.url(), 5);
        List<Record<?>> records = purchaseOrderPlaced();

        // when the batch is one record short
        records.subList(0, 4).forEach(exporter::export);

        // then nothing is written and the broker may not forget anything yet
        assertThat(table.count()).isZero();
        assertThat(controller.getPosition()).isEqualTo(-1);

        // when the last record fills the batch
        exporter.export(records.get(4));

        // then
        assertThat(table.positions()).containsExactly(10L, 11L, 12L, 13L, 14L);
        assertThat(controller.getPosition()).isEqualTo(14);

        Map<String, Object> completedJob = table.row(13);
        assertThat(completedJob)
                .containsEntry("partition_id", PARTITION)
                .containsEntry("record_key", PROCESS_INSTANCE + 100)
                .containsEntry("record_type", "EVENT")
                .containsEntry("value_type", "JOB")
                .containsEntry("intent", "COMPLETED")
                .containsEntry("record_time", utc(TIME.plusMillis(13)))
                .containsEntry("process_instance_key", PROCESS_INSTANCE)
                .containsEntry("bpmn_process_id", PROCESS_ID)
                .containsEntry("element_id", "PlacePooledOrderTask")
                .containsEntry("element_type", null)
                .containsEntry("completed_by", "kim.minji")
                .containsEntry("value_json", TestRecords.json(records.get(3)));
        assertThat((LocalDateTime) completedJob.get("exported_at"))
                .isCloseTo(LocalDateTime.now(ZoneOffset.UTC), within(1, ChronoUnit.MINUTES));

        assertThat(table.row(12))
                .containsEntry("intent", "CREATED")
                .containsEntry("completed_by", null);
        assertThat(table.row(11))
                .containsEntry("value_type", "PROCESS_INSTANCE")
                .containsEntry("intent", "ELEMENT_ACTIVATED")
                .containsEntry("element_id", "PlacePooledOrderTask")
                .containsEntry("element_type", "SERVICE_TASK");
    }

    @Test
    void writesAPartialBatchWhenTheFlushIntervalPasses() {
        // given
        var controller = new ExporterTestController();
        var exporter = open(controller, database.url(), 100);
        List<Record<?>> records = purchaseOrderPlaced();
        records.subList(0, 2).forEach(exporter::export);

        // when
        controller.runScheduledTasks(FLUSH_INTERVAL);

        // then
        assertThat(table.positions()).containsExactly(10L, 11L);
        assertThat(controller.getPosition()).isEqualTo(11);

        // and the timer keeps running
        exporter.export(records.get(2));
        controller.runScheduledTasks(FLUSH_INTERVAL);
        assertThat(table.positions()).containsExactly(10L, 11L, 12L);
        assertThat(controller.getPosition()).isEqualTo(12);
    }

    @Test
    void writesWhatIsLeftWhenClosed() {
        // given
        var controller = new ExporterTestController();
        var exporter = open(controller, database.url(), 100);
        purchaseOrderPlaced().forEach(exporter::export);

        // when
        exporter.close();

        // then
        assertThat(table.count()).isEqualTo(5);
        assertThat(controller.getPosition()).isEqualTo(14);
    }

    @Test
    void eachRowIsChainedToTheOneBeforeItAcrossBatchesAndAReplayKeepsTheChain() {
        // given two batches of a purchase's records
        var exporter = open(new ExporterTestController(), database.url(), 2);
        List<Record<?>> records = purchaseOrderPlaced();
        records.subList(0, 4).forEach(exporter::export);
        exporter.close();

        // then every row names the previous row's hash and hashes its own content with it
        assertThat(table.row(10)).containsEntry("prev_hash", null);
        for (long position = 11; position <= 13; position++) {
            assertThat(table.row(position).get("prev_hash"))
                    .isEqualTo(table.row(position - 1).get("row_hash"));
        }
        String firstHash = (String) table.row(10).get("row_hash");
        assertThat(firstHash)
                .isEqualTo(AuditChain.hash(null, AuditRow.of(records.get(0))))
                .hasSize(64);

        // when the broker restarts from the start and sends all five again
        var replay = open(new ExporterTestController(), database.url(), 5);
        records.forEach(replay::export);
        replay.close();

        // then the stored hashes are unchanged and the new row continues the chain
        assertThat(table.row(10).get("row_hash")).isEqualTo(firstHash);
        assertThat(table.row(14).get("prev_hash")).isEqualTo(table.row(13).get("row_hash"));
        assertThat(table.row(14).get("row_hash"))
                .isEqualTo(
                        AuditChain.hash(
                                (String) table.row(13).get("row_hash"),
                                AuditRow.of(records.get(4))));
    }

    @Test
    void aReplayOfTheSameRecordsInsertsNothingTwice() {
        // given records written once
        var exporter = open(new ExporterTestController(), database.url(), 5);
        purchaseOrderPlaced().forEach(exporter::export);
        exporter.close();
        assertThat(table.count()).isEqualTo(5);

        // when the broker restarts from an older position and sends them again
        var replayController = new ExporterTestController();
        var replay = open(replayController, database.url(), 5);
        purchaseOrderPlaced().forEach(replay::export);
        replay.close();

        // then
        assertThat(table.count()).isEqualTo(5);
        assertThat(table.positions()).containsExactly(10L, 11L, 12L, 13L, 14L);
        assertThat(replayController.getPosition()).isEqualTo(14);
    }

    @Test
    void keepsRecordsAndPositionWhileTheDatabaseFailsAndWritesThemOnceItIsBack() {
        // given
        var controller = new ExporterTestController();
        var exporter = open(controller, database.url(), 3);
        List<Record<?>> records = purchaseOrderPlaced();
        table.takeOffline();

        // when a full batch cannot be written
        records.subList(0, 3).forEach(exporter::export);
        controller.runScheduledTasks(FLUSH_INTERVAL);

        // then the records stay buffered and the broker keeps them too
        assertThat(controller.getPosition()).isEqualTo(-1);

        // and a record arriving at a full buffer is handed back for the broker to retry
        assertThatThrownBy(() -> exporter.export(records.get(3)))
                .isInstanceOf(ExporterException.class)
                .hasMessageContaining("position 13");
        // the broker does retry it, and the same position is offered again
        assertThatThrownBy(() -> exporter.export(records.get(3)))
                .isInstanceOf(ExporterException.class);
        assertThat(controller.getPosition()).isEqualTo(-1);

        // when the database is back
        table.restore();
        controller.runScheduledTasks(FLUSH_INTERVAL);

        // then the buffered batch is written once, and only now is its position reported
        assertThat(table.positions()).containsExactly(10L, 11L, 12L);
        assertThat(controller.getPosition()).isEqualTo(12);

        // when the broker retries the refused record and the rest follow
        exporter.export(records.get(3));
        exporter.export(records.get(4));
        exporter.close();

        // then
        assertThat(table.positions()).containsExactly(10L, 11L, 12L, 13L, 14L);
        assertThat(controller.getPosition()).isEqualTo(14);
    }

    @Test
    void keepsRecordsWhileTheDatabaseCannotBeReached() {
        // given nothing listens on that port
        var controller = new ExporterTestController();
        var exporter = open(controller, "jdbc:mariadb://127.0.0.1:1/sangsaeng", 2);
        List<Record<?>> records = purchaseOrderPlaced();

        // when
        exporter.export(records.get(0));
        exporter.export(records.get(1));
        assertThatNoException().isThrownBy(() -> controller.runScheduledTasks(FLUSH_INTERVAL));

        // then
        assertThatThrownBy(() -> exporter.export(records.get(2)))
                .isInstanceOf(ExporterException.class);
        assertThat(controller.getPosition()).isEqualTo(-1);
        assertThatNoException().isThrownBy(exporter::close);
        assertThat(controller.getPosition()).isEqualTo(-1);
    }

    @Test
    void cutsAnOverlongValueShortRatherThanRefusingTheRecord() {
        // given
        var controller = new ExporterTestController();
        var exporter = open(controller, database.url(), 1);
        String longName =
                "a-member-name-far-longer-than-the-sixty-four-characters-the-column-holds";

        // when
        exporter.export(job(40, JobIntent.COMPLETED, Map.of("completedBy", longName)));

        // then
        assertThat(table.row(40)).containsEntry("completed_by", longName.substring(0, 64));
        assertThat(controller.getPosition()).isEqualTo(40);
    }

    @Test
    void theChainContinuesFromTheExportersOwnHeadNotFromARowSomeoneAddedToTheTable() {
        // given a first batch written, its head kept with the exported position
        var controller = new ExporterTestController();
        var exporter = open(controller, database.url(), 2);
        List<Record<?>> records = purchaseOrderPlaced();
        records.subList(0, 2).forEach(exporter::export);
        String head = (String) table.row(11).get("row_hash");
        assertThat(new String(controller.readMetadata().orElseThrow()))
                .isEqualTo("v1;" + PARTITION + ";11;" + head);

        // when someone adds a row at a position the exporter skips (a record its filter drops),
        // chained to the head
        table.insertForged(12, head);
        // and the exporter's next records arrive
        exporter.export(records.get(3));
        exporter.export(records.get(4));

        // then they chain to the exporter's own head, so the added row is left out of the chain
        assertThat(table.row(13).get("prev_hash")).isEqualTo(head);
        assertThat(controller.getPosition()).isEqualTo(14);
    }

    @Test
    void aReplayedRecordWhoseJsonDiffersKeepsTheStoredRowAndItsChain() {
        // given the records written once, the broker's persisted position lagging behind (a
        // restart)
        var exporter = open(new ExporterTestController(), database.url(), 5);
        purchaseOrderPlaced().forEach(exporter::export);
        exporter.close();
        String stored = (String) table.row(12).get("row_hash");

        // when the broker sends them again and one reads back with other JSON (as a deployment's
        // does)
        var replayController = new ExporterTestController();
        var replay = open(replayController, database.url(), 5);
        List<Record<?>> again = new java.util.ArrayList<>(purchaseOrderPlaced());
        again.set(2, job(12, JobIntent.CREATED, Map.of("resources", "[]")));
        again.forEach(replay::export);
        replay.close();

        // then the stored row stays, the export goes on, and the chain is as before
        assertThat(table.row(12).get("row_hash")).isEqualTo(stored);
        assertThat(replayController.getPosition()).isEqualTo(14);
        assertThat(table.count()).isEqualTo(5);
    }

    @Test
    void aDifferentRowAtAPositionTheExporterWritesStopsTheExportLoudly() {
        // given
        var controller = new ExporterTestController();
        var exporter = open(controller, database.url(), 2);
        List<Record<?>> records = purchaseOrderPlaced();
        records.subList(0, 2).forEach(exporter::export);
        // someone puts their own row where the exporter's next record goes
        table.insertForged(12, (String) table.row(11).get("row_hash"));

        // when
        exporter.export(records.get(2));
        exporter.export(records.get(3));

        // then nothing of the batch is written, the broker keeps the records, and the forged row
        // stays as evidence
        assertThat(table.positions()).containsExactly(10L, 11L, 12L);
        assertThat(table.row(12).get("row_hash")).isEqualTo("f".repeat(64));
        assertThat(controller.getPosition()).isEqualTo(11);
        assertThatThrownBy(() -> exporter.export(records.get(4)))
                .isInstanceOf(ExporterException.class)
                .rootCause()
                .isInstanceOf(AuditConflictException.class)
                .hasMessageContaining("position 12");
    }

    @Test
    void signsACheckpointOfTheHeadWithAKeyOnlyItsOwnerMayRead(@TempDir Path keys) throws Exception {
        // given
        Path keyFile = keys.resolve("audit-signing.key");
        var controller = new ExporterTestController();
        var exporter = open(controller, database.url(), 5, keyFile);

        // when
        purchaseOrderPlaced().forEach(exporter::export);

        // then the key pair exists, the private half for its owner only
        assertThat(Files.getPosixFilePermissions(keyFile))
                .containsExactlyInAnyOrder(
                        PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        PublicKey publicKey =
                KeyFactory.getInstance("Ed25519")
                        .generatePublic(
                                new X509EncodedKeySpec(
                                        Base64.getMimeDecoder()
                                                .decode(
                                                        Files.readString(
                                                                        keyFile.resolveSibling(
                                                                                "audit-signing.key.pub"))
                                                                .strip())));
        // and a checkpoint names the newest row's hash, signed with that key
        Map<String, Object> checkpoint = table.newestCheckpoint();
        assertThat(checkpoint)
                .containsEntry("partition_id", PARTITION)
                .containsEntry("position", 14L)
                .containsEntry("head_hash", table.row(14).get("row_hash"))
                .containsEntry("key_id", CheckpointSigner.keyId(publicKey));
        Instant signedAt = ((LocalDateTime) checkpoint.get("signed_at")).toInstant(ZoneOffset.UTC);
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update(
                CheckpointSigner.signedText(
                        PARTITION, 14, (String) checkpoint.get("head_hash"), signedAt));
        assertThat(
                        verifier.verify(
                                Base64.getDecoder().decode((String) checkpoint.get("signature"))))
                .isTrue();

        // and a restart signs with the same key
        exporter.close();
        var again = open(new ExporterTestController(), database.url(), 5, keyFile);
        again.close();
        assertThat(table.newestCheckpoint())
                .containsEntry("key_id", CheckpointSigner.keyId(publicKey));
    }

    @Test
    void theBrokersOfAClusterSignWithTheOneKeyMadeBeforeThemAndMakingItAgainKeepsIt(
            @TempDir Path keys) throws Exception {
        // given the key made once, as the cluster's one-shot service does before the brokers start
        Path keyFile = keys.resolve("audit-signing.key");
        Path publicFile = keys.resolve("audit-signing.key.pub");
        AuditSigningKey.main(new String[] {keyFile.toString(), publicFile.toString()});
        String privateHalf = Files.readString(keyFile);
        AuditSigningKey.main(new String[] {keyFile.toString(), publicFile.toString()});
        assertThat(Files.readString(keyFile)).as("kept, not replaced").isEqualTo(privateHalf);
        String keyId =
                CheckpointSigner.keyId(
                        KeyFactory.getInstance("Ed25519")
                                .generatePublic(
                                        new X509EncodedKeySpec(
                                                Base64.getMimeDecoder()
                                                        .decode(
                                                                Files.readString(publicFile)
                                                                        .strip()))));

        // when a broker's exporter starts on it and exports
        var exporter = open(new ExporterTestController(), database.url(), 5, keyFile);
        purchaseOrderPlaced().forEach(exporter::export);
        exporter.close();

        // then its checkpoints carry that key, the one the app verifies with
        assertThat(table.newestCheckpoint()).containsEntry("key_id", keyId);
    }

    @Test
    void aCheckpointSignatureMatchesTheVectorTheVerifierIsTestedWith() throws Exception {
        Path keys = Files.createTempDirectory("vector");
        Path keyFile = keys.resolve("k");
        Files.writeString(keyFile, SignatureVector.PRIVATE_KEY);
        Files.writeString(keys.resolve("k.pub"), SignatureVector.PUBLIC_KEY);
        CheckpointSigner signer = CheckpointSigner.loadOrCreate(keyFile);

        assertThat(
                        signer.sign(
                                new ChainHead(1, 42, SignatureVector.HEAD),
                                Instant.ofEpochMilli(SignatureVector.SIGNED_AT)))
                .isEqualTo(SignatureVector.SIGNATURE);
        assertThat(signer.keyId()).isEqualTo(SignatureVector.KEY_ID);
    }

    private AuditExporter open(ExporterTestController controller, String url, int batchSize) {
        return open(controller, url, batchSize, null);
    }

    private AuditExporter open(
            ExporterTestController controller, String url, int batchSize, Path signingKey) {
        Map<String, Object> args = new HashMap<>();
        if (signingKey != null) {
            args.put("signingKeyFile", signingKey.toString());
            args.put("checkpointIntervalMs", 1);
        }
        args.put("url", url);
        args.put("user", database.user());
        args.put("password", database.password());
        args.put("batchSize", batchSize);
        args.put("flushIntervalMs", FLUSH_INTERVAL.toMillis());
        var exporter = new AuditExporter();
        exporter.configure(
                new ExporterTestContext()
                        .setConfiguration(new ExporterTestConfiguration<>("audit", args, a -> a)));
        exporter.open(controller);
        return exporter;
    }

    /** A purchase process reaching its ordering task, whose worker completes the job. */
    private static List<Record<?>> purchaseOrderPlaced() {
        return List.of(
                processInstance(
                        10,
                        ProcessInstanceIntent.ELEMENT_ACTIVATED,
                        PROCESS_ID,
                        BpmnElementType.PROCESS),
                processInstance(
                        11,
                        ProcessInstanceIntent.ELEMENT_ACTIVATED,
                        "PlacePooledOrderTask",
                        BpmnElementType.SERVICE_TASK),
                job(12, JobIntent.CREATED, Map.of()),
                job(
                        13,
                        JobIntent.COMPLETED,
                        Map.of("completedBy", "kim.minji", "orderNumber", "PO-7")),
                processInstance(
                        14,
                        ProcessInstanceIntent.ELEMENT_COMPLETED,
                        "PlacePooledOrderTask",
                        BpmnElementType.SERVICE_TASK));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
