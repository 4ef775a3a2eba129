package org.sangsaeng.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.sangsaeng.db.MariaDbClients;
import org.sangsaeng.engine.BrokerAdmin;
import org.sangsaeng.engine.EngineWrites;
import org.sangsaeng.shared.DatabaseConnection;
import org.sangsaeng.shared.SangsaengHome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Makes a backup of the embedded default while it runs. During a pause of a few seconds: no command
 * reaches the engine and no job worker asks for jobs ({@link EngineWrites#hold}), the broker stops
 * processing and its exporter writes what is left, the broker's data folder is copied and the
 * database dump begins its transaction; then everything goes on. The dump reads the rows of that
 * transaction's snapshot, so it goes on after the pause: what is written after the pause is not in
 * it, however long it takes. Outside the pause the copy is packed into one zip with its manifest.
 *
 * <p>Longer than our 300 lines because the pause is one sequence whose order is the point: hold,
 * pause, settle, copy, begin the dump, resume, each undone in reverse when a step fails. Split
 * across classes, the undo of each step would sit away from the step; the archive itself ({@link
 * BackupArchive}, {@link BackupManifest}) and the database clients are classes of their own.
 */
@Service
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** How long the app waits for commands and jobs under way before it gives up the backup. */
    static final Duration DRAIN = Duration.ofSeconds(30);

    /**
     * How long the exporter's position must stand still: longer than two of its flush intervals
     * (500 ms).
     */
    static final Duration EXPORTER_QUIET = Duration.ofMillis(1200);

    /** How often the pause looks whether the dump's snapshot has begun. */
    static final Duration SNAPSHOT_POLL = Duration.ofMillis(5);

    private final SangsaengHome home;
    private final EngineWrites writes;
    private final ObjectProvider<BrokerAdmin> broker;
    private final DatabaseConnection database;
    private final Clock clock;
    private final Path folder;

    BackupService(
            SangsaengHome home,
            EngineWrites writes,
            ObjectProvider<BrokerAdmin> broker,
            DatabaseConnection database,
            Clock clock,
            @Value("${sangsaeng.backup.directory:backups}") String folder) {
        this.home = home;
        this.writes = writes;
        this.broker = broker;
        this.database = database;
        this.clock = clock;
        this.folder = home.resolve(folder);
    }

    /**
     * What a backup made, and what it cost.
     *
     * @param pauseMillis the pause as the people using the app feel it ({@link Pause} names its
     *     parts)
     * @param dumpMillis the database dump, from its start in the pause to its end after it
     */
    public record Result(
            Path archive,
            long sizeBytes,
            long pauseMillis,
            long totalMillis,
            Pause pause,
            long dumpMillis,
            BackupManifest manifest) {}

    /**
     * The parts of the pause: until the writes under way had finished, until the exporter had
     * settled, the copy of the broker's data, and from the dump's start until its snapshot had
     * begun.
     */
    public record Pause(
            long drainMillis, long exporterMillis, long brokerCopyMillis, long snapshotMillis) {}

    /**
     * Makes a backup into the backup folder; refused when one is running or the broker is not the
     * managed one.
     */
    public Result create() {
        BrokerAdmin admin = broker.getIfAvailable();
        if (admin == null) {
            throw new BackupRefused(
                    "Backups cover the embedded default (managed broker and database); with a"
                            + " remote broker, back up the cluster with Zeebe's backup API and the database with its tools");
        }
        long started = System.nanoTime();
        try (BackupLock lock = BackupLock.take(folder, clock.instant())) {
            MariaDbClients clients = MariaDbClients.in(folder.resolve(".tools"));
            String zeebeVersion = admin.version();
            Path staging = Files.createTempDirectory(folder, ".staging-");
            try (Connection snapshot =
                    DriverManager.getConnection(
                            database.url(), database.ownerUser(), database.ownerPassword())) {
                // The pause as the people using the app feel it: from the gate closing (new
                // commands wait
                // from then on) until the broker processes again and the gate is open.
                long pauseStarted = System.nanoTime();
                Paused paused = pausedCopy(admin, clients, snapshot, staging);
                long pauseMillis = ms(System.nanoTime() - pauseStarted);
                DatabaseFacts facts;
                long factsMillis;
                try {
                    long resumed = System.nanoTime();
                    facts = DatabaseFacts.read(snapshot);
                    factsMillis = ms(System.nanoTime() - resumed);
                    paused.dump().await();
                } finally {
                    paused.dump().kill();
                }
                long dumpMillis = ms(System.nanoTime() - paused.dumpStarted());
                log.info(
                        "Backup pause: {} ms until writes under way had finished, {} ms for the exporter to settle,"
                                + " {} ms to copy the broker's data, {} ms until the database dump's snapshot had begun;"
                                + " {} ms in all. After it: {} ms to read the audit positions, the dump {} ms in all",
                        paused.parts().drainMillis(),
                        paused.parts().exporterMillis(),
                        paused.parts().brokerCopyMillis(),
                        paused.parts().snapshotMillis(),
                        pauseMillis,
                        factsMillis,
                        dumpMillis);
                copyIfPresent(
                        home.resolve("data/demo-password.txt"),
                        staging.resolve("demo-password.txt"));
                Instant now = clock.instant();
                Path archive =
                        folder.resolve(
                                "sangsaeng-"
                                        + FILE_TIME.format(now.atZone(clock.getZone()))
                                        + ".zip");
                for (int n = 2; Files.exists(archive); n++) {
                    archive =
                            folder.resolve(
                                    "sangsaeng-"
                                            + FILE_TIME.format(now.atZone(clock.getZone()))
                                            + "-"
                                            + n
                                            + ".zip");
                }
                BackupManifest manifest =
                        BackupArchive.write(
                                archive,
                                staging,
                                new BackupManifest(
                                        BackupManifest.FORMAT,
                                        now.toString(),
                                        appVersion(),
                                        zeebeVersion,
                                        facts.changeset(),
                                        paused.partitions(),
                                        facts.auditPositions(),
                                        pauseMillis,
                                        List.of()));
                Result result =
                        new Result(
                                archive,
                                Files.size(archive),
                                pauseMillis,
                                ms(System.nanoTime() - started),
                                paused.parts(),
                                dumpMillis,
                                manifest);
                log.info(
                        "Backup {} written: {} bytes, paused {} ms, {} ms in all",
                        archive,
                        result.sizeBytes(),
                        result.pauseMillis(),
                        result.totalMillis());
                return result;
            } catch (SQLException e) {
                throw new IllegalStateException(
                        "Could not read the database for the backup: " + e.getMessage(), e);
            } finally {
                deleteRecursively(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the backup into " + folder, e);
        }
    }

    private record Paused(
            Pause parts,
            List<BackupManifest.Partition> partitions,
            MariaDbClients.Dump dump,
            long dumpStarted) {}

    /**
     * The newest audit row per partition and the newest change file, read in the snapshot {@code c}
     * began during the pause. Nothing adds audit rows during the pause (the broker processes
     * nothing and its exporter has written all it read; only the exporter's user may add audit
     * rows) nor changes the changelog, so they are those of the dump's snapshot too, which also
     * began during the pause. Each partition is found, and its newest position read, by a look into
     * the primary key (partition, position): {@code MAX(position) ... GROUP BY partition_id} reads
     * the whole table instead (InnoDB's primary key holds the rows; 6 million rows took about 30
     * s).
     */
    private record DatabaseFacts(Map<Integer, Long> auditPositions, String changeset) {

        static DatabaseFacts read(Connection c) throws SQLException {
            Map<Integer, Long> positions = new TreeMap<>();
            String changeset;
            try (PreparedStatement next =
                            c.prepareStatement(
                                    "SELECT MIN(partition_id) FROM audit_record WHERE partition_id > ?");
                    PreparedStatement newest =
                            c.prepareStatement(
                                    "SELECT MAX(position) FROM audit_record WHERE partition_id = ?");
                    Statement s = c.createStatement()) {
                long after = Long.MIN_VALUE;
                while (true) {
                    next.setLong(1, after);
                    Integer partition;
                    try (ResultSet r = next.executeQuery()) {
                        partition = r.next() ? r.getObject(1, Integer.class) : null;
                    }
                    if (partition == null) {
                        break;
                    }
                    newest.setInt(1, partition);
                    try (ResultSet r = newest.executeQuery()) {
                        r.next();
                        positions.put(partition, r.getLong(1));
                    }
                    after = partition;
                }
                try (ResultSet r =
                        s.executeQuery(
                                "SELECT FILENAME FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED DESC LIMIT 1")) {
                    changeset = r.next() ? r.getString(1) : null;
                }
            }
            c.commit();
            return new DatabaseFacts(positions, changeset);
        }
    }

    private Paused pausedCopy(
            BrokerAdmin admin, MariaDbClients clients, Connection snapshot, Path staging)
            throws IOException, SQLException {
        long t0 = System.nanoTime();
        try (EngineWrites.Hold hold = writes.hold(DRAIN)) {
            long held = System.nanoTime();
            admin.pauseProcessing();
            try {
                Map<Integer, BrokerAdmin.Partition> partitions = awaitExporter(admin);
                long exported = System.nanoTime();
                copyBroker(admin, staging.resolve(BackupManifest.BROKER));
                if (!snapshots(partitions).equals(snapshots(admin.partitions()))) {
                    // The broker took a snapshot while we copied: copy again, it does not take
                    // another so soon.
                    deleteRecursively(staging.resolve(BackupManifest.BROKER));
                    partitions = admin.partitions();
                    copyBroker(admin, staging.resolve(BackupManifest.BROKER));
                }
                long brokerCopied = System.nanoTime();
                snapshot.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                snapshot.setAutoCommit(false);
                try (Statement s = snapshot.createStatement()) {
                    s.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
                }
                long dumpStarted = System.nanoTime();
                MariaDbClients.Dump dump =
                        clients.startDump(
                                database.url(),
                                database.ownerUser(),
                                database.ownerPassword(),
                                staging.resolve(BackupManifest.DATABASE),
                                "sangsaeng-backup-" + UUID.randomUUID());
                try {
                    awaitDumpSnapshot(dump, snapshot);
                } catch (RuntimeException | SQLException e) {
                    dump.kill();
                    throw e;
                }
                long snapshotBegun = System.nanoTime();
                List<BackupManifest.Partition> copied =
                        partitions.values().stream()
                                .map(
                                        p ->
                                                new BackupManifest.Partition(
                                                        p.id(),
                                                        p.processedPosition(),
                                                        p.exportedPosition(),
                                                        p.snapshotId()))
                                .toList();
                return new Paused(
                        new Pause(
                                ms(held - t0),
                                ms(exported - held),
                                ms(brokerCopied - exported),
                                ms(snapshotBegun - brokerCopied)),
                        copied,
                        dump,
                        dumpStarted);
            } finally {
                admin.resumeProcessing();
            }
        }
    }

    /**
     * Returns once the dump's transaction has its snapshot: from then on, what it writes out is
     * fixed (InnoDB shows it only the rows committed before), and the app and the broker may write
     * again. Seen when its connection reads a table's rows, or when it has ended (a small database
     * is dumped between two looks). Should it never be seen, the pause lasts the whole dump, as
     * safe as before.
     */
    private static void awaitDumpSnapshot(MariaDbClients.Dump dump, Connection c)
            throws SQLException {
        while (!dump.readingRows(c)) {
            if (!dump.isAlive()) {
                dump.await(); // throws when it failed
                return;
            }
            sleep(SNAPSHOT_POLL);
        }
    }

    /**
     * Processing paused, the log no longer grows; the exporter writes what it has read and moves
     * its position. Done when the position has stood still for longer than two of its flushes.
     */
    private static Map<Integer, BrokerAdmin.Partition> awaitExporter(BrokerAdmin admin) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Map<Integer, Long> before = exported(admin.partitions());
        while (System.nanoTime() < deadline) {
            sleep(EXPORTER_QUIET);
            Map<Integer, BrokerAdmin.Partition> now = admin.partitions();
            if (now.values().stream().anyMatch(p -> !"PAUSED".equals(p.streamProcessorPhase()))) {
                throw new IllegalStateException("The broker did not pause its processing: " + now);
            }
            if (exported(now).equals(before)) {
                return now;
            }
            before = exported(now);
        }
        throw new IllegalStateException(
                "The audit exporter did not catch up within 30 s (is the database reachable"
                        + " for it? see data/zeebe/broker.log)");
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static Map<Integer, Long> exported(Map<Integer, BrokerAdmin.Partition> partitions) {
        Map<Integer, Long> positions = new TreeMap<>();
        partitions.values().forEach(p -> positions.put(p.id(), p.exportedPosition()));
        return positions;
    }

    private static Map<Integer, String> snapshots(Map<Integer, BrokerAdmin.Partition> partitions) {
        Map<Integer, String> ids = new TreeMap<>();
        partitions.values().forEach(p -> ids.put(p.id(), String.valueOf(p.snapshotId())));
        return ids;
    }

    /**
     * The partitions' log, snapshots and Raft state, and the exporter's signing key (its
     * checkpoints must go on with the same key); not the {@code runtime} state (rebuilt from the
     * newest snapshot and the log at start), pending snapshots, the lock files, the pause markers
     * nor the log of the broker itself.
     */
    static void copyBroker(BrokerAdmin admin, Path target) throws IOException {
        Path data = admin.dataDirectory();
        try (Stream<Path> walk = Files.walk(data)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                Path relative = data.relativize(path);
                if (skipped(relative)) {
                    continue;
                }
                Path to = target.resolve("data").resolve(relative.toString());
                Files.createDirectories(to.getParent());
                Files.copy(path, to, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        for (String key : List.of("audit-signing.key", "audit-signing.key.pub")) {
            copyIfPresent(admin.home().resolve(key), target.resolve(key));
        }
    }

    static boolean skipped(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals("runtime") || name.equals("pending")) {
                return true;
            }
        }
        String file = relative.getFileName().toString();
        // The broker keeps "processing paused" in a marker file, to survive a restart: the copy is
        // made
        // while paused, and a restored broker must not start paused.
        return file.endsWith(".lock") || PAUSE_MARKERS.contains(file);
    }

    static final Set<String> PAUSE_MARKERS = Set.of(".processorPaused", ".exporterPaused");

    private static void copyIfPresent(Path from, Path to) throws IOException {
        if (Files.exists(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    static String appVersion() {
        String version = BackupService.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    static void deleteRecursively(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete {}", root, e);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during the backup", e);
        }
    }
}
