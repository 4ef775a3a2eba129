package org.sangsaeng.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One section of {@code docs/benchmarks.md}: a heading, the machine, the date and the command, a
 * markdown table and notes. Printed and appended when the benchmark ends, so that no figure stands
 * without how it was made.
 */
public final class BenchReport {

    private final String title;
    private final String benchmark;
    private final List<String> columns;
    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A table of "what | p50 ms | p95 ms | notes", the shape of {@link #time}. */
    public BenchReport(String title, Class<?> benchmark) {
        this(title, benchmark, "what", "p50 ms", "p95 ms", "notes");
    }

    public BenchReport(String title, Class<?> benchmark, String... columns) {
        this.title = title;
        this.benchmark = benchmark.getSimpleName();
        this.columns = List.of(columns);
    }

    /**
     * Runs the action once to warm up, then {@code runs} times, and adds its p50 and p95 in
     * milliseconds.
     */
    public void time(String what, int runs, Supplier<?> action) {
        action.get();
        double[] ms = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            action.get();
            ms[r] = millisSince(t);
        }
        Arrays.sort(ms);
        row(what, ms(percentile(ms, 50)), ms(percentile(ms, 95)), runs + " runs");
    }

    /** Runs the action once and adds its time in milliseconds, with what it returned as a note. */
    public void once(String what, Supplier<?> action) {
        long t = System.nanoTime();
        Object result = action.get();
        row(
                what,
                ms(millisSince(t)),
                "",
                "once, "
                        + (result instanceof Number n
                                ? String.format(Locale.ROOT, "%,d bytes", n.longValue())
                                : result));
    }

    public void row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(
                    "expected " + columns.size() + " cells, got " + cells.length);
        }
        rows.add(
                "| "
                        + String.join(" | ", Arrays.stream(cells).map(String::valueOf).toList())
                        + " |");
    }

    /** A sentence under the table: how the figures came about, what they leave out. */
    public void note(String text) {
        notes.add(text);
    }

    /** The value at the given percentile (nearest rank) of sorted values. */
    public static double percentile(double[] sorted, double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(sorted.length * percent / 100.0) - 1;
        return sorted[Math.clamp(rank, 0, sorted.length - 1)];
    }

    public static double millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1e6;
    }

    public static double secondsSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1e9;
    }

    public static String ms(double millis) {
        return String.format(Locale.ROOT, "%.1f", millis);
    }

    public static String s(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The machine as the JVM sees it. */
    public static String machine() {
        return Runtime.getRuntime().availableProcessors()
                + " cores ("
                + cpuModel()
                + "), "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MiB heap, Java "
                + Runtime.version().feature()
                + ", MariaDB (the test server) on the same machine, load average "
                + loadAverage()
                + " at the end";
    }

    /** The machine is shared: the load says how much of it the benchmark had. */
    public static String loadAverage() {
        try {
            String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return load[0] + " " + load[1] + " " + load[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("cpu unknown");
        } catch (IOException | RuntimeException e) {
            return "cpu unknown";
        }
    }

    /**
     * What produced these figures: {@code ./sangsaeng bench}, or the Maven run with the sizes given
     * to it.
     */
    private String command() {
        String sizes =
                System.getProperties().stringPropertyNames().stream()
                        .filter(k -> k.startsWith("bench."))
                        .sorted()
                        .map(k -> "-D" + k + "=" + System.getProperty(k))
                        .collect(Collectors.joining(" "));
        return sizes.isEmpty()
                ? "`./sangsaeng bench` (`" + benchmark + "`)"
                : "`./mvnw -pl app test -Dtest=" + benchmark + " " + sizes + "`";
    }

    /** Prints the section and appends it to {@code docs/benchmarks.md} of the project. */
    public void write() {
        StringBuilder out = new StringBuilder();
        out.append("\n## ")
                .append(title)
                .append("\n\n")
                .append("Measured ")
                .append(LocalDate.now())
                .append(" on ")
                .append(machine())
                .append(". Command: ")
                .append(command())
                .append(".\n\n")
                .append("| ")
                .append(String.join(" | ", columns))
                .append(" |\n")
                .append("|")
                .append("---|".repeat(columns.size()))
                .append('\n');
        rows.forEach(r -> out.append(r).append('\n'));
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(n -> out.append("- ").append(n).append('\n'));
        }
        System.out.println(out);
        try {
            Path docs =
                    Files.createDirectories(
                            Path.of(System.getProperty("sangsaeng.project.root", ".."))
                                    .resolve("docs"));
            Path file = docs.resolve("benchmarks.md");
            if (!Files.exists(file)) {
                Files.writeString(
                        file,
                        "# Benchmarks\n\nFigures with the machine, the date and the command that produced them.\n");
            }
            Files.writeString(file, out.toString(), StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
