package org.sangsaeng.oversight;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.sangsaeng.db.ManagedMariaDb;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * {@code ./sangsaeng verify}: checks the audit trail's hash chain without the web app.
 * <ul>
 * <li>{@code verify} checks the database: the one at {@code DB_URL} ({@code DB_USER},
 * {@code DB_PASSWORD}), or else the managed one under {@code data/mariadb} (started for the check
 * when the app is not running);</li>
 * <li>{@code verify FILE [--segment]} checks an exported CSV or JSON file offline;
 * {@code --segment} for a stretch of a partition exported from {@code /api/v1/audit/records},
 * whose rows must all link.</li>
 * </ul>
 * Exit code 0: intact; 1: a row does not match (named); 2: the check could not run.
 */
public final class VerifyCommand {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("messages", Locale.ENGLISH);

    private VerifyCommand() {
    }

    public static void main(String[] args) {
        try {
            boolean intact = args.length == 0 ? database() : file(Path.of(args[0]),
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
            System.out.printf("%s: %d rows, %d linked to the row before, %d from before the chain%n", path, r.rows(),
                    r.linked(), r.beforeChain());
            return report(r.firstBroken());
        }
    }

    static boolean database() throws SQLException {
        String url = System.getenv("DB_URL");
        if (url != null && !url.isBlank()) {
            return database(url, env("DB_USER", "root"), env("DB_PASSWORD", ""));
        }
        Path home = Path.of(System.getProperty("sangsaeng.home", "."));
        Path data = home.resolve(env("SANGSAENG_DB_DIR", "data/mariadb"));
        int port = Integer.parseInt(env("SANGSAENG_DB_PORT", "3316"));
        String managedUrl = "jdbc:mariadb://127.0.0.1:" + port + "/sangsaeng";
        Path appPassword = data.resolve("sangsaeng_app-password");
        if (Files.exists(appPassword) && running(managedUrl, read(appPassword))) {
            System.out.println("Checking the running app's database on port " + port);
            return database(managedUrl, "sangsaeng_app", read(appPassword));
        }
        System.out.println("Starting the managed database in " + data + " for the check ...");
        try (ManagedMariaDb db = ManagedMariaDb.start(data, port, "sangsaeng")) {
            return database(db.jdbcUrl(), db.username(), db.password());
        }
    }

    private static boolean running(String url, String password) {
        try (Connection c = DriverManager.getConnection(url, "sangsaeng_app", password)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean database(String url, String user, String password) {
        SimpleDriverDataSource ds = new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), url, user, password);
        ChainReport r = new AuditTrailService(new JdbcTemplate(ds), null).verifyAll();
        System.out.printf("%d rows checked, %d from before the chain%n", r.rowsChecked(), r.rowsBeforeChain());
        return report(r.firstBroken());
    }

    private static boolean report(ChainReport.Broken broken) {
        if (broken == null) {
            System.out.println("INTACT: every hash matches.");
            return true;
        }
        System.out.printf("BROKEN at partition %d, position %d: %s%n", broken.partitionId(), broken.position(),
                TEXTS.containsKey(broken.reason()) ? TEXTS.getString(broken.reason()) : broken.reason());
        return false;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
