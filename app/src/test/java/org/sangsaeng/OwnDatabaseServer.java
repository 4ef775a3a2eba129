package org.sangsaeng;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sangsaeng.db.ManagedMariaDb;
import org.sangsaeng.db.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A MariaDB server of a test's own, which the test stops and starts again on the same data and
 * port, so that the outage disturbs no other test.
 */
public final class OwnDatabaseServer implements AutoCloseable {

    private final Path data = dataFolder();
    private final int port = freePort();
    private ManagedMariaDb server = ManagedMariaDb.start(data, port, "sangsaeng");

    /** The app on this server with the in-memory engine; an action waits 2 s for a connection while it is down. */
    public void register(DynamicPropertyRegistry registry) {
        TestSystem.inMemoryEngine(registry, new TestDatabase.Database(server.jdbcUrl(), server.username(), server.password()));
        registry.add("sangsaeng.db.connection-timeout", () -> "2s");
    }

    public void stop() {
        server.close();
    }

    public void start() {
        server = ManagedMariaDb.start(data, port, "sangsaeng");
    }

    @Override
    public void close() {
        server.close();
    }

    private static Path dataFolder() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "restarted-mariadb-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
