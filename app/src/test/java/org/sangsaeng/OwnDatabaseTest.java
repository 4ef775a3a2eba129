package org.sangsaeng;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.db.FreePorts;
import org.sangsaeng.db.ManagedMariaDb;
import org.sangsaeng.db.TestDatabase;
import org.sangsaeng.engine.ProcessEngine;
import org.sangsaeng.membership.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app with the in-memory engine on a MariaDB server of the test class's own, which the
 * test stops ({@link #stopDatabase()}) and starts again on the same data and port, so that the
 * outage disturbs no other test. An action waits 2 s for a connection while the server is down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
public abstract class OwnDatabaseTest {

    private static Path data;
    private static int databasePort;
    private static ManagedMariaDb server;

    @DynamicPropertySource
    static void system(DynamicPropertyRegistry registry) {
        data = dataFolder();
        databasePort = FreePorts.one();
        server = ManagedMariaDb.start(data, databasePort, "sangsaeng");
        TestSystem.inMemoryEngine(
                registry,
                new TestDatabase.Database(server.jdbcUrl(), server.username(), server.password()));
        registry.add("sangsaeng.db.connection-timeout", () -> "2s");
    }

    @AfterAll
    static void closeDatabase() {
        server.close();
    }

    @LocalServerPort protected int port;
    @Autowired protected AccountService accounts;
    @Autowired protected CoopService coops;
    @Autowired protected ProcessEngine engine;
    @Autowired protected JdbcTemplate jdbc;

    protected static void stopDatabase() {
        server.close();
    }

    protected static void startDatabase() {
        server = ManagedMariaDb.start(data, databasePort, "sangsaeng");
    }

    private static Path dataFolder() {
        try {
            return Files.createTempDirectory(
                    Files.createDirectories(Path.of("target").toAbsolutePath()),
                    "restarted-mariadb-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
