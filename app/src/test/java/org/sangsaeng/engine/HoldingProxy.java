package org.sangsaeng.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy in front of the broker's gateway that can hold what passes through: from {@link
 * #hold} on, nothing a node behind it sends reaches the broker, nor anything back, while the
 * connection stays open. The node is cut off from the engine without knowing it, as when the
 * network stalls; what it sent then never arrives.
 */
final class HoldingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean holding;
    private volatile boolean closed;

    HoldingProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("holding-proxy").start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    /** From now on nothing passes, either way. */
    void hold() {
        holding = true;
    }

    private void accept() {
        while (!closed) {
            try {
                Socket in = server.accept();
                Socket out = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(in);
                sockets.add(out);
                pump(in, out);
                pump(out, in);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread.ofVirtual()
                .start(
                        () -> {
                            byte[] buffer = new byte[16 * 1024];
                            try {
                                InputStream in = from.getInputStream();
                                OutputStream out = to.getOutputStream();
                                int n;
                                while ((n = in.read(buffer)) >= 0) {
                                    while (holding) {
                                        if (closed) {
                                            return;
                                        }
                                        Thread.sleep(20);
                                    }
                                    out.write(buffer, 0, n);
                                    out.flush();
                                }
                            } catch (IOException e) {
                                // One side closed: the other follows.
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            } finally {
                                closeQuietly(from);
                                closeQuietly(to);
                            }
                        });
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(server);
        sockets.forEach(HoldingProxy::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // Closing anyway.
        }
    }
}
