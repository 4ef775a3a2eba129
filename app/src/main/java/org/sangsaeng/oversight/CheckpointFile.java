package org.sangsaeng.oversight;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the foundation keeps outside the database: the newest signed checkpoint of each partition
 * and the exporter's public key (the download on the oversight page and the daily e-mail carry it).
 * {@code ./sangsaeng verify --checkpoints FILE} checks the database against it, which finds a chain
 * rewritten or cut short even by someone who also deleted checkpoints from the table.
 */
public record CheckpointFile(
        Instant madeAt, String publicKey, String keyId, List<AuditCheckpoint> checkpoints) {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    public static CheckpointFile read(Path file) throws IOException {
        CheckpointFile read = JSON.readValue(file.toFile(), CheckpointFile.class);
        if (read.checkpoints() == null || read.publicKey() == null) {
            throw new IllegalArgumentException(
                    file + " is not a checkpoint file of the audit trail");
        }
        return read;
    }

    public byte[] json() {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
    }
}
