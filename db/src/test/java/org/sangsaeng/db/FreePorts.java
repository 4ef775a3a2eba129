package org.sangsaeng.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for the servers a test starts (MariaDB, brokers, app nodes), chosen below the system's
 * ephemeral range. A port the system hands out for {@code bind(0)} comes from the same range as the
 * local ports of outgoing connections, so in the seconds between choosing it and a server binding
 * it, any connection the test JVM or its servers open may take it, and the server then fails to
 * start. Below that range no outgoing connection takes a port.
 */
public final class FreePorts {

    /** The lowest port tried. */
    static final int LOWEST = 10_000;

    private FreePorts() {}

    /** One port nobody listens on. */
    public static int one() {
        return take(1).getFirst();
    }

    /** {@code count} ports nobody listens on; all held open at once, so no two are the same. */
    public static List<Integer> take(int count) {
        return take(count, LOWEST + ThreadLocalRandom.current().nextInt(ephemeralLow() - LOWEST));
    }

    /** As {@link #take(int)}, looking from {@code first} on (and round to the lowest). */
    static List<Integer> take(int count, int first) {
        int below = ephemeralLow();
        int span = below - LOWEST;
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < span && held.size() < count; i++) {
                int port = LOWEST + (first - LOWEST + i) % span;
                try {
                    held.add(new ServerSocket(port));
                } catch (IOException taken) {
                    // Someone listens there: the next one.
                }
            }
            if (held.size() < count) {
                throw new IllegalStateException(
                        "Only " + held.size() + " free ports between " + LOWEST + " and " + below);
            }
            return held.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // already closed
                }
            }
        }
    }

    /** The first port of the system's ephemeral range (Linux's default where it cannot be read). */
    static int ephemeralLow() {
        try {
            String range =
                    Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
            int low = Integer.parseInt(range.split("\\s+")[0]);
            return low > LOWEST + 1_000 ? low : 32_768;
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }
}
