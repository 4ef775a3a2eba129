package org.sangsaeng.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.stream.Stream;
import org.sangsaeng.db.ManagedMariaDb;
import org.sangsaeng.db.MariaDbClients;

/**
 * Puts a backup into an empty data folder: the broker's folder as {@code zeebe/}, the database
 * loaded into a fresh managed MariaDB as {@code mariadb/}. Everything is checked before anything is
 * written (the folder is empty, every entry matches its checksum, the versions fit), and the new
 * folder is assembled beside the target and moved there at the end: a refused or failed restore
 * leaves the target as it was.
 */
public final class Restore {

    private Restore() {}

    public record Result(Path dataDir, long millis, BackupManifest manifest) {}

    /**
     * @param zeebeVersion the version of the broker that will run on the restored data: a backup of
     *     another version is refused (a broker's state does not move between versions backwards,
     *     and a silent upgrade is not a restore)
     */
    public static Result restore(Path archive, Path dataDir, String zeebeVersion) {
        long started = System.nanoTime();
        Path target = dataDir.toAbsolutePath().normalize();
        requireEmpty(target);
        BackupManifest manifest = BackupArchive.verify(archive);
        requireCompatible(manifest, zeebeVersion);
        Path staging =
                target.resolveSibling(
                        "."
                                + target.getFileName()
                                + ".restoring-"
                                + UUID.randomUUID().toString().substring(0, 8));
        try {
            Files.createDirectories(staging);
            BackupArchive.unpack(archive, manifest, staging);
            Path dump = staging.resolve(BackupManifest.DATABASE);
            // Loaded with the settings for a bulk load: a server nobody uses yet, in a folder
            // thrown away on failure.
            try (ManagedMariaDb db =
                    ManagedMariaDb.start(
                            staging.resolve("mariadb"),
                            freePort(),
                            "sangsaeng",
                            ManagedMariaDb.BULK_LOAD)) {
                MariaDbClients.in(staging.resolve("mariadb/base"))
                        .load(db.jdbcUrl(), db.username(), db.password(), dump);
            }
            Files.delete(dump);
            if (Files.exists(target)) {
                Files.delete(target); // empty, checked above
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return new Result(target, (System.nanoTime() - started) / 1_000_000, manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not restore into " + target, e);
        } finally {
            BackupService.deleteRecursively(staging);
        }
    }

    static void requireEmpty(Path target) {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new BackupRefused(target + " is a file, not a data folder");
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw new BackupRefused(
                        target
                                + " is not empty: a restore goes into an empty data folder only"
                                + " (stop the app, move the old folder away, or give another folder with --data)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void requireCompatible(BackupManifest manifest, String zeebeVersion) {
        if (!zeebeVersion.equals(manifest.zeebeVersion())) {
            throw new BackupRefused(
                    "The backup was made with Zeebe "
                            + manifest.zeebeVersion()
                            + " and this build runs"
                            + " Zeebe "
                            + zeebeVersion
                            + "; restore it with a build of the same version (ZEEBE_VERSION="
                            + manifest.zeebeVersion()
                            + " ./sangsaeng build)");
        }
        String changeset = manifest.schemaChangeset();
        if (changeset != null
                && Restore.class
                                .getClassLoader()
                                .getResource(
                                        changeset
                                                .replaceFirst("^classpath:", "")
                                                .replaceFirst("^/", ""))
                        == null) {
            throw new BackupRefused(
                    "The backup's database has a schema change this version does not know ("
                            + changeset
                            + ", app "
                            + manifest.appVersion()
                            + "); restore it with that version or a newer one");
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
