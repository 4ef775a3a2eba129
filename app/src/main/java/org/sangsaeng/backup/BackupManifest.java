package org.sangsaeng.backup;

import java.util.List;
import java.util.Map;

/**
 * What a backup archive holds ({@code manifest.json}, its last entry): the versions it was made
 * with, where the broker and the audit trail stood, how long the system paused, and the size and
 * SHA-256 of every other entry.
 *
 * @param schemaChangeset the newest Liquibase change file applied to the database
 * @param partitions the broker's partitions when it was copied
 * @param auditPositions per partition, the newest audit row's position in the copied database
 */
public record BackupManifest(
        int format,
        String createdAt,
        String appVersion,
        String zeebeVersion,
        String schemaChangeset,
        List<Partition> partitions,
        Map<Integer, Long> auditPositions,
        long pauseMillis,
        List<Entry> entries) {

    public static final int FORMAT = 1;
    public static final String NAME = "manifest.json";

    /** The database, as SQL from mariadb-dump. */
    public static final String DATABASE = "database.sql";

    /** The broker's folder (its partitions and the exporter's signing key), below this prefix. */
    public static final String BROKER = "zeebe/";

    public record Partition(
            int id, long processedPosition, long exportedPosition, String snapshotId) {}

    public record Entry(String name, long size, String sha256) {}

    BackupManifest withEntries(List<Entry> entries) {
        return new BackupManifest(
                format,
                createdAt,
                appVersion,
                zeebeVersion,
                schemaChangeset,
                partitions,
                auditPositions,
                pauseMillis,
                entries);
    }
}
