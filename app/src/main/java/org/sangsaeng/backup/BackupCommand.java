package org.sangsaeng.backup;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.sangsaeng.shared.CommandLineLogging;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./sangsaeng backup} and {@code ./sangsaeng restore FILE [--data DIR]}, without the web
 * app.
 *
 * <ul>
 *   <li>{@code backup} asks the app running on this machine ({@code PORT}, default 8080) for a
 *       backup, with the token it keeps in {@code data/backup.token}, and prints where the archive
 *       went, its size and how long the app paused;
 *   <li>{@code restore FILE [--data DIR]} checks the archive and puts it into the empty data folder
 *       DIR (default {@code data/}); the app is then started on it as usual.
 * </ul>
 *
 * Exit code 0: done; 1: refused (the reason is printed, nothing was changed); 2: could not run.
 */
public final class BackupCommand {

    private BackupCommand() {}

    public static void main(String[] args) {
        CommandLineLogging.quietLibraries();
        Path home = Path.of(System.getProperty("sangsaeng.home", ".")).toAbsolutePath().normalize();
        try {
            if (args.length >= 1 && "backup".equals(args[0])) {
                backup(home);
            } else if (args.length >= 2 && "restore".equals(args[0])) {
                Path data =
                        args.length >= 4 && "--data".equals(args[2])
                                ? Path.of(args[3])
                                : home.resolve("data");
                restore(home, Path.of(args[1]), data);
            } else {
                System.err.println("Usage: backup | restore FILE [--data DIR]");
                System.exit(2);
            }
            System.exit(0);
        } catch (BackupRefused e) {
            System.err.println("REFUSED: " + e.getMessage());
            System.exit(1);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not run: " + e.getMessage());
            System.exit(2);
        }
    }

    static void backup(Path home) throws IOException {
        Path tokenFile = home.resolve(env("SANGSAENG_BACKUP_TOKEN_FILE", "data/backup.token"));
        String port = env("PORT", "8080");
        if (!Files.exists(tokenFile)) {
            throw new IllegalStateException(
                    "No "
                            + tokenFile
                            + ": the app is not running on this data"
                            + " (start it with ./sangsaeng run, then run the backup)");
        }
        HttpRequest request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/backups"))
                        .header(BackupTrigger.HEADER, Files.readString(tokenFile).strip())
                        .timeout(Duration.ofMinutes(30))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build();
        HttpResponse<String> response;
        try {
            response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new IllegalStateException(
                    "The app does not answer on port "
                            + port
                            + " (start it with ./sangsaeng run, or set PORT to its port)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        if (response.statusCode() != 200) {
            throw new BackupRefused(body.path("detail").asString(response.body()));
        }
        JsonNode pause = body.path("pause");
        System.out.printf(
                "Backup written: %s%n  %,d bytes; the app paused for %d ms (%d ms for writes under way, %d ms"
                        + " for the exporter to settle, %d ms to copy the broker's data, %d ms until the database dump's"
                        + " snapshot had begun); the dump took %d ms; %d ms in all%n",
                body.path("archive").asString(),
                body.path("sizeBytes").asLong(),
                body.path("pauseMillis").asLong(),
                pause.path("drainMillis").asLong(),
                pause.path("exporterMillis").asLong(),
                pause.path("brokerCopyMillis").asLong(),
                pause.path("snapshotMillis").asLong(),
                body.path("dumpMillis").asLong(),
                body.path("totalMillis").asLong());
        JsonNode m = body.path("manifest");
        System.out.printf(
                "  app %s, Zeebe %s, schema %s%n",
                m.path("appVersion").asString(),
                m.path("zeebeVersion").asString(),
                m.path("schemaChangeset").asString());
    }

    static void restore(Path home, Path archive, Path data) {
        Path distribution = home.resolve(env("ZEEBE_DISTRIBUTION", "engine/target/broker/zeebe"));
        String zeebe = ZeebeDistribution.version(distribution);
        System.out.println(
                "Checking " + archive + " and restoring it into " + data.toAbsolutePath() + " ...");
        Restore.Result r = Restore.restore(archive, data, zeebe);
        System.out.printf(
                "Restored the backup of %s (app %s, Zeebe %s) into %s in %d ms.%n"
                        + "Start the app on it: ./sangsaeng run, with that folder as %s.%n",
                r.manifest().createdAt(),
                r.manifest().appVersion(),
                r.manifest().zeebeVersion(),
                r.dataDir(),
                r.millis(),
                home.resolve("data"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
