package org.sangsaeng.engine;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.io.IOException;
import java.net.ServerSocket;

/** Zeebe's in-memory engine (the real engine code, nothing persisted), for tests. */
final class InMemoryEngine {

    private InMemoryEngine() {}

    static EngineConnection start() {
        ZeebeTestEngine engine = EngineFactory.create(freePort());
        engine.start();
        String address = "http://" + engine.getGatewayAddress().replace("0.0.0.0", "127.0.0.1");
        return new EngineConnection(address, "http://127.0.0.1:1", () -> {}, engine::stop);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
