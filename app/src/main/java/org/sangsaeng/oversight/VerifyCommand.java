package org.sangsaeng.oversight;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.sangsaeng.db.ManagedMariaDb;
import org.sangsaeng.shared.CommandLineLogging;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * {@code ./sangsaeng verify}: checks the audit trail's hash chain without the web app.
 *
 * <ul>
 *   <li>{@code verify} checks the database: the one at {@code DB_URL} ({@code DB_USER}, {@code
 *       DB_PASSWORD}), or else the managed one under {@code data/mariadb} (started for the check
 *       when the app is not running);
 *   <li>{@code verify --checkpoints FILE} checks the database as above, and also against the signed
 *       checkpoints in FILE (the foundation's copy from the oversight page or the daily e-mail),
 *       with the public key that FILE carries;
 *   <li>{@code verify FILE [--segment]} checks an exported CSV or JSON file offline; {@code
 *       --segment} for a stretch of a partition exported from {@code /api/v1/audit/records}, whose
 *       rows must all link.
 * </ul>
 *
 * The exporter's public key is read from {@code SANGSAENG_AUDIT_PUBLIC_KEY}, else the managed
 * broker's {@code data/zeebe/audit-signing.key.pub}. Exit code 0: intact; 1: a row or a checkpoint
 * does not match (named); 2: the check could not run.
 */
public final class VerifyCommand {

    private static final ResourceBundle TEXTS =
            ResourceBundle.getBundle("messages", Locale.ENGLISH);

    private VerifyCommand() {}

    public static void main(String[] args) {
        CommandLineLogging.quietLibraries();
        try {
            boolean intact =
                    args.length == 0
                            ? database(null)
                            : "--checkpoints".equals(args[0])
                                    ? database(CheckpointFile.read(Path.of(args[1])))
                                    : file(
                                            Path.of(args[0]),
                                            args.length > 1 && "--segment".equals(args[1]));
            System.exit(intact ? 0 : 1);
        } catch (IOException | SQLException | RuntimeException e) {
            System.err.println("The check could not run: " + e.getMessage());
            System.exit(2);
        }
    }

    static boolean file(Path path, boolean segment) throws IOException {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            AuditFileCheck.Result r = AuditFileCheck.check(in, segment);
            System.out.printf(
                    "%s: %d rows, %d linked to the row before, %d from before the chain%n",
                    path, r.rows(), r.linked(), r.beforeChain());
            return report(r.firstBroken());
        }
    }

    static boolean database(CheckpointFile keptOutside) throws SQLException {
        Path home = Path.of(System.getProperty("sangsaeng.home", "."));
        Path publicKey =
                home.resolve(
                        env(
                                "SANGSAENG_AUDIT_PUBLIC_KEY",
                                env("SANGSAENG_ZEEBE_DIR", "data/zeebe")
                                        + "/audit-signing.key.pub"));
        Check check = new Check(publicKey, keptOutside);
        String url = System.getenv("DB_URL");
        if (url != null && !url.isBlank()) {
            return check.run(url, env("DB_USER", "root"), env("DB_PASSWORD", ""));
        }
        Path data = home.resolve(env("SANGSAENG_DB_DIR", "data/mariadb"));
        int port = Integer.parseInt(env("SANGSAENG_DB_PORT", "3316"));
        String managedUrl = "jdbc:mariadb://127.0.0.1:" + port + "/sangsaeng";
        Path appPassword = data.resolve("sangsaeng_app-password");
        if (Files.exists(appPassword) && running(managedUrl, read(appPassword))) {
            System.out.println("Checking the running app's database on port " + port);
            return check.run(managedUrl, "sangsaeng_app", read(appPassword));
        }
        System.out.println("Starting the managed database in " + data + " for the check ...");
        try (ManagedMariaDb db = ManagedMariaDb.start(data, port, "sangsaeng")) {
            return check.run(db.jdbcUrl(), db.username(), db.password());
        }
    }

    /**
     * One check of a database: with the exporter's public key from a file, or the one the kept
     * checkpoints carry.
     */
    record Check(Path publicKeyFile, CheckpointFile keptOutside) {

        boolean run(String url, String user, String password) {
            SimpleDriverDataSource ds =
                    new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), url, user, password);
            AuditTrailService audit =
                    keptOutside == null
                            ? AuditTrailService.offline(new JdbcTemplate(ds), publicKeyFile)
                            : AuditTrailService.offline(
                                    new JdbcTemplate(ds),
                                    CheckpointKey.of(keptOutside.publicKey()));
            ChainReport r =
                    audit.verifyAll(keptOutside == null ? List.of() : keptOutside.checkpoints());
            System.out.printf(
                    "%d rows checked, %d from before the chain%n",
                    r.rowsChecked(), r.rowsBeforeChain());
            if (r.intact()) {
                System.out.println(
                        r.checkpointsChecked() == 0
                                ? "No signed checkpoints yet."
                                : String.format(
                                        "%d signed checkpoints %s; newest %s; %d rows after it, not yet anchored",
                                        r.checkpointsChecked(),
                                        r.signaturesChecked()
                                                ? "verified"
                                                : "met (signatures not checked: no public key at "
                                                        + publicKeyFile
                                                        + ")",
                                        r.newestCheckpoint(),
                                        r.rowsAfterNewestCheckpoint()));
            }
            return report(r.firstBroken());
        }
    }

    private static boolean running(String url, String password) {
        try (Connection c = DriverManager.getConnection(url, "sangsaeng_app", password)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean report(ChainReport.Broken broken) {
        if (broken == null) {
            System.out.println("INTACT: every hash matches.");
            return true;
        }
        System.out.printf(
                "BROKEN at partition %d, position %d: %s%n",
                broken.partitionId(),
                broken.position(),
                TEXTS.containsKey(broken.reason())
                        ? TEXTS.getString(broken.reason())
                        : broken.reason());
        return false;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
