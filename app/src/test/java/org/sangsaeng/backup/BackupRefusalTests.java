package org.sangsaeng.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a restore refuses, before it writes anything: a file cut short, an entry changed after the
 * backup, an entry the manifest does not list, a target folder that is not empty, a backup of
 * another Zeebe version or of a newer schema; and a second backup while one runs.
 */
class BackupRefusalTests {

    static final String ZEEBE = "8.6.0";
    static final String CHANGESET = "db/changelog/changes/0037-notifications-mms-image.yaml";

    @TempDir Path dir;
    Path archive;

    @BeforeEach
    void aBackup() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("made"));
        Files.createDirectories(folder.resolve("zeebe/data/raft-partition/partitions/1"));
        Files.writeString(
                folder.resolve(
                        "zeebe/data/raft-partition/partitions/1/raft-partition-partition-1-1.log"),
                "the broker's log ".repeat(1000));
        Files.writeString(folder.resolve("zeebe/audit-signing.key"), "key");
        Files.writeString(
                folder.resolve(BackupManifest.DATABASE), "CREATE TABLE t (id INT);\n".repeat(100));
        archive = dir.resolve("sangsaeng-20261205-060000.zip");
        BackupArchive.write(archive, folder, manifest(ZEEBE, CHANGESET));
    }

    @Test
    void anIntactBackupIsAcceptedWithEveryEntryListed() {
        BackupManifest m = BackupArchive.verify(archive);
        assertThat(m.entries())
                .extracting(BackupManifest.Entry::name)
                .containsExactly(
                        BackupManifest.DATABASE,
                        "zeebe/audit-signing.key",
                        "zeebe/data/raft-partition/partitions/1/raft-partition-partition-1-1.log");
        assertThat(m.entries()).allSatisfy(e -> assertThat(e.sha256()).hasSize(64));
        Restore.requireCompatible(m, ZEEBE);
    }

    @Test
    void theArchiveIsReadableByItsOwnerOnly() throws IOException {
        // It holds the password hashes, personal data and the audit exporter's signing key.
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(archive)))
                .isEqualTo("rw-------");
    }

    @Test
    void aTruncatedFileIsRefusedAndTheTargetStaysAsItWas() throws IOException {
        byte[] bytes = Files.readAllBytes(archive);
        Path cut = dir.resolve("cut.zip");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        Path target = dir.resolve("restored");

        assertThatThrownBy(() -> Restore.restore(cut, target, ZEEBE))
                .isInstanceOf(BackupRefused.class)
                .hasMessageContaining("truncated or not a backup");
        assertThat(target).doesNotExist();
        assertThat(siblings()).noneMatch(n -> n.contains(".restoring-"));
    }

    @Test
    void anEntryChangedAfterTheBackupIsRefusedByName() throws IOException {
        Path altered = rewritten(BackupManifest.DATABASE, "DROP TABLE vote_ballot;\n");

        assertThatThrownBy(() -> Restore.restore(altered, dir.resolve("restored"), ZEEBE))
                .isInstanceOf(BackupRefused.class)
                .hasMessageContaining("database.sql does not match its checksum");
        assertThat(dir.resolve("restored")).doesNotExist();
    }

    @Test
    void anEntryTheManifestDoesNotListIsRefused() throws IOException {
        Path extra = rewritten("zeebe/extra.bin", "not from the backup");

        assertThatThrownBy(() -> BackupArchive.verify(extra))
                .isInstanceOf(BackupRefused.class)
                .hasMessageContaining("holds zeebe/extra.bin, which its manifest does not list");
    }

    @Test
    void aFileThatIsNotABackupIsRefused() throws IOException {
        Path other = Files.writeString(dir.resolve("notes.zip"), "hello");
        assertThatThrownBy(() -> BackupArchive.verify(other))
                .isInstanceOf(BackupRefused.class)
                .hasMessageContaining("truncated or not a backup");
        assertThatThrownBy(() -> BackupArchive.verify(dir.resolve("missing.zip")))
                .isInstanceOf(BackupRefused.class)
                .hasMessageContaining("No backup file at");
    }

    @Test
    void aTargetThatIsNotEmptyIsRefusedAndKeepsItsFiles() throws IOException {
        Path target = Files.createDirectories(dir.resolve("data"));
        Files.writeString(target.resolve("demo-password.txt"), "kept");

        assertThatThrownBy(() -> Restore.restore(archive, target, ZEEBE))
                .isInstanceOf(BackupRefused.class)
                .hasMessageContaining("is not empty");
        try (Stream<Path> files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .containsExactly("demo-password.txt");
        }
        assertThat(Files.readString(target.resolve("demo-password.txt"))).isEqualTo("kept");
    }

    @Test
    void aBackupOfAnotherZeebeVersionIsRefused() {
        Path target = dir.resolve("restored");
        assertThatThrownBy(() -> Restore.restore(archive, target, "8.5.8"))
                .isInstanceOf(BackupRefused.class)
                .hasMessageContaining("made with Zeebe 8.6.0 and this build runs Zeebe 8.5.8");
        assertThat(target).doesNotExist();
    }

    @Test
    void aBackupOfANewerSchemaIsRefused() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("newer"));
        Files.writeString(folder.resolve(BackupManifest.DATABASE), "--");
        Path newer = dir.resolve("newer.zip");
        BackupArchive.write(
                newer, folder, manifest(ZEEBE, "db/changelog/changes/0999-future-change.yaml"));

        assertThatThrownBy(() -> Restore.restore(newer, dir.resolve("restored"), ZEEBE))
                .isInstanceOf(BackupRefused.class)
                .hasMessageContaining(
                        "schema change this version does not know (db/changelog/changes/0999-future-change.yaml");
    }

    @Test
    void aSecondBackupWhileOneRunsIsRefused() {
        Path folder = dir.resolve("backups");
        try (BackupLock first = BackupLock.take(folder, Instant.parse("2026-12-05T06:00:00Z"))) {
            assertThatThrownBy(() -> BackupLock.take(folder, Instant.parse("2026-12-05T06:00:01Z")))
                    .isInstanceOf(BackupRefused.class)
                    .hasMessage(
                            "Another backup is running (since 2026-12-05T06:00:00Z); try again when it has finished");
        }
        // Once it has finished, the next one may run.
        BackupLock.take(folder, Instant.parse("2026-12-05T06:01:00Z")).close();
    }

    @Test
    void theBrokersRuntimeStateLocksAndPauseMarkersAreNotCopied() {
        assertThat(BackupService.skipped(Path.of("raft-partition/partitions/1/runtime/000004.log")))
                .isTrue();
        assertThat(BackupService.skipped(Path.of("raft-partition/partitions/1/pending/x")))
                .isTrue();
        assertThat(
                        BackupService.skipped(
                                Path.of(
                                        "raft-partition/partitions/1/.raft-partition-partition-1.lock")))
                .isTrue();
        assertThat(
                        BackupService.skipped(
                                Path.of(
                                        "raft-partition/partitions/1/raft-partition-partition-1-1.log")))
                .isFalse();
        assertThat(
                        BackupService.skipped(
                                Path.of(
                                        "raft-partition/partitions/1/snapshots/1-1-5-4/000010.sst")))
                .isFalse();
        assertThat(BackupService.skipped(Path.of(".topology.meta"))).isFalse();
        // Copied while paused: a restored broker that found the marker would start paused and
        // answer nothing.
        assertThat(BackupService.skipped(Path.of("raft-partition/partitions/1/.processorPaused")))
                .isTrue();
        assertThat(BackupService.skipped(Path.of("raft-partition/partitions/1/.exporterPaused")))
                .isTrue();
    }

    /** The same archive with one entry's content replaced (or added), its manifest unchanged. */
    private Path rewritten(String name, String content) throws IOException {
        Path out = dir.resolve("altered-" + name.replace('/', '_') + ".zip");
        boolean replaced = false;
        try (ZipFile in = new ZipFile(archive.toFile());
                OutputStream file = Files.newOutputStream(out);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(name)) {
                    zip.write(content.getBytes(StandardCharsets.UTF_8));
                    replaced = true;
                } else {
                    in.getInputStream(e).transferTo(zip);
                }
                zip.closeEntry();
            }
            if (!replaced) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(content.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out;
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static BackupManifest manifest(String zeebe, String changeset) {
        return new BackupManifest(
                BackupManifest.FORMAT,
                "2026-12-05T06:00:00Z",
                "0.1.0-SNAPSHOT",
                zeebe,
                changeset,
                List.of(new BackupManifest.Partition(1, 100, 120, "1-1-100-120")),
                Map.of(1, 118L),
                2500,
                List.of());
    }
}
