package org.sangsaeng.engine.audit;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The newest row the exporter wrote in its partition: its position and hash. Kept with the exported
 * position in the broker's own state (exporter metadata), so the chain continues from what the
 * exporter wrote, never from whatever the table holds now.
 */
record ChainHead(int partitionId, long position, String hash) {

    private static final String VERSION = "v1";

    byte[] encode() {
        return String.join(
                        ";", VERSION, Integer.toString(partitionId), Long.toString(position), hash)
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The head stored by an earlier run; empty before the first batch or from an exporter without
     * heads.
     */
    static Optional<ChainHead> decode(Optional<byte[]> metadata) {
        if (metadata.isEmpty() || metadata.get().length == 0) {
            return Optional.empty();
        }
        String[] parts = new String(metadata.get(), StandardCharsets.UTF_8).split(";");
        if (parts.length != 4 || !VERSION.equals(parts[0])) {
            throw new IllegalStateException(
                    "The audit exporter's stored chain head is not readable: "
                            + new String(metadata.get(), StandardCharsets.UTF_8));
        }
        return Optional.of(
                new ChainHead(Integer.parseInt(parts[1]), Long.parseLong(parts[2]), parts[3]));
    }
}
