package org.sangsaeng.engine.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The exporter's {@code args}: where the audit table lives and how often to write to it. */
record AuditExporterConfig(
        String url,
        String user,
        String password,
        int batchSize,
        Duration flushInterval,
        Path signingKeyFile,
        Path publicKeyFile,
        Duration checkpointInterval) {

    static final int DEFAULT_BATCH_SIZE = 100;
    static final long DEFAULT_FLUSH_INTERVAL_MS = 500;

    /** How often a signed checkpoint of the chain's head is written, when the head has moved. */
    static final long DEFAULT_CHECKPOINT_INTERVAL_MS = 15 * 60 * 1000;

    AuditExporterConfig {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(
                    "The audit exporter needs args.url, e.g. jdbc:mariadb://127.0.0.1:3316/sangsaeng");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException(
                    "args.batchSize must be at least 1, was " + batchSize);
        }
        if (flushInterval.isNegative() || flushInterval.isZero()) {
            throw new IllegalArgumentException(
                    "args.flushIntervalMs must be positive, was " + flushInterval.toMillis());
        }
        if (checkpointInterval.isNegative() || checkpointInterval.isZero()) {
            throw new IllegalArgumentException(
                    "args.checkpointIntervalMs must be positive, was "
                            + checkpointInterval.toMillis());
        }
    }

    /**
     * Reads the arguments ourselves rather than through {@code Configuration.instantiate}: values
     * from properties files arrive as strings, and keys from environment variables arrive
     * lower-cased.
     */
    static AuditExporterConfig from(Map<String, Object> arguments) {
        Map<String, Object> args = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (arguments != null) {
            args.putAll(arguments);
        }
        return new AuditExporterConfig(
                text(args, "url"),
                text(args, "user"),
                args.get("password") == null ? null : args.get("password").toString(),
                (int) number(args, "batchSize", DEFAULT_BATCH_SIZE),
                Duration.ofMillis(number(args, "flushIntervalMs", DEFAULT_FLUSH_INTERVAL_MS)),
                path(args, "signingKeyFile"),
                path(args, "publicKeyFile") != null || path(args, "signingKeyFile") == null
                        ? path(args, "publicKeyFile")
                        : CheckpointSigner.publicKeyFile(path(args, "signingKeyFile")),
                Duration.ofMillis(
                        number(args, "checkpointIntervalMs", DEFAULT_CHECKPOINT_INTERVAL_MS)));
    }

    private static String text(Map<String, Object> args, String key) {
        Object value = args.get(key);
        return value == null ? null : value.toString().trim();
    }

    private static Path path(Map<String, Object> args, String key) {
        String value = text(args, key);
        return value == null || value.isEmpty() ? null : Path.of(value);
    }

    private static long number(Map<String, Object> args, String key, long fallback) {
        Object value = args.get(key);
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value == null || value.toString().isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "args." + key + " must be a whole number, was '" + value + "'", e);
        }
    }

    /** The URL without its parameters, which may carry credentials, for log lines. */
    String location() {
        int parameters = url.indexOf('?');
        return parameters < 0 ? url : url.substring(0, parameters);
    }

    @Override
    public String toString() {
        // Keeps the password out of any log line that prints the configuration.
        return String.format(
                Locale.ROOT,
                "AuditExporterConfig[url=%s, user=%s, batchSize=%d, flushInterval=%s,"
                        + " signingKeyFile=%s, checkpointInterval=%s]",
                location(),
                user,
                batchSize,
                flushInterval,
                signingKeyFile,
                checkpointInterval);
    }
}
