package org.sangsaeng.shared;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value read at most once per {@code maxAge}: the metrics a scrape reads (one small aggregate
 * query per family), so that every gauge of a family, and a scrape every few seconds from several
 * Prometheus servers, cost one query between them. Reads in between share the last value.
 */
public final class Snapshot<T> {

    /** How old a metric family may be when a scrape reads it. */
    public static final Duration METRICS_MAX_AGE = Duration.ofSeconds(5);

    private final Duration maxAge;
    private final Supplier<T> load;
    private T value;
    private long loadedAt;

    public Snapshot(Duration maxAge, Supplier<T> load) {
        this.maxAge = maxAge;
        this.load = load;
    }

    public synchronized T get() {
        long now = System.nanoTime();
        if (value == null || now - loadedAt >= maxAge.toNanos()) {
            value = load.get();
            loadedAt = now;
        }
        return value;
    }
}
