package org.sangsaeng.engine;

/**
 * Where the engine's gateway is, how to wait until it can take commands, and what to stop with the
 * app (the in-memory engine).
 */
record EngineConnection(
        String grpcAddress, String restAddress, Runnable awaitReady, AutoCloseable owned)
        implements AutoCloseable {

    EngineConnection(String grpcAddress, String restAddress, Runnable awaitReady) {
        this(grpcAddress, restAddress, awaitReady, null);
    }

    @Override
    public void close() throws Exception {
        if (owned != null) {
            owned.close();
        }
    }
}
