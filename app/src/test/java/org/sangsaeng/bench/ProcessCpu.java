package org.sangsaeng.bench;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * CPU time used so far by this JVM (the app and the benchmark's clients) and by the processes it
 * started: the managed Zeebe broker (a JVM) and the managed MariaDB server. Two snapshots tell how
 * a burst's CPU was shared out between the three.
 */
record ProcessCpu(Map<String, Duration> byProcess) {

    static final String APP = "app";
    static final String BROKER = "broker";
    static final String DATABASE = "MariaDB";

    static ProcessCpu now() {
        Map<String, Duration> used = new TreeMap<>();
        used.put(APP, ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO));
        ProcessHandle.current()
                .descendants()
                .forEach(
                        p -> {
                            String command = p.info().command().orElse("");
                            String name =
                                    command.endsWith("/java")
                                            ? BROKER
                                            : command.contains("mariadbd")
                                                            || command.contains("mysqld")
                                                    ? DATABASE
                                                    : null;
                            if (name != null) {
                                used.merge(
                                        name,
                                        p.info().totalCpuDuration().orElse(Duration.ZERO),
                                        Duration::plus);
                            }
                        });
        return new ProcessCpu(used);
    }

    /** Milliseconds of CPU each process used since {@code before}, per unit of work. */
    Map<String, Double> millisPer(ProcessCpu before, int units) {
        return byProcess.entrySet().stream()
                .collect(
                        Collectors.toMap(
                                Map.Entry::getKey,
                                e ->
                                        (e.getValue().toNanos()
                                                        - before.byProcess()
                                                                .getOrDefault(
                                                                        e.getKey(), Duration.ZERO)
                                                                .toNanos())
                                                / 1e6
                                                / units,
                                (a, b) -> a,
                                TreeMap::new));
    }
}
