package org.sangsaeng.oversight;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.springframework.jdbc.core.JdbcTemplate;

/** Signs checkpoints as the broker's exporter does, for tests that run without a broker. */
final class CheckpointSigning {

    private final KeyPair key;

    CheckpointSigning(KeyPair key) {
        this.key = key;
    }

    static CheckpointSigning newKey() {
        try {
            return new CheckpointSigning(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the public half where the exporter would: base64 of its X.509 encoding. */
    Path writePublicKey(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(
                file, Base64.getEncoder().encodeToString(key.getPublic().getEncoded()));
    }

    /** Signs the row now at that position of partition 1 as the head, and stores the checkpoint. */
    void checkpoint(JdbcTemplate jdbc, long position, Instant at) {
        String hash =
                jdbc.queryForObject(
                        "SELECT row_hash FROM audit_record WHERE partition_id = 1 AND position = ?",
                        String.class,
                        position);
        checkpoint(jdbc, position, hash, at);
    }

    void checkpoint(JdbcTemplate jdbc, long position, String hash, Instant at) {
        Instant signedAt = at.truncatedTo(ChronoUnit.MILLIS);
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key.getPrivate());
            signature.update(
                    new AuditCheckpoint(1, position, hash, signedAt, null, null).signedContent());
            jdbc.update(
                    """
                    INSERT INTO audit_checkpoint (partition_id, position, head_hash, signed_at, key_id, signature)
                    VALUES (1, ?, ?, ?, ?, ?)""",
                    position,
                    hash,
                    LocalDateTime.ofInstant(signedAt, ZoneOffset.UTC),
                    CheckpointKey.of(
                                    Base64.getEncoder()
                                            .encodeToString(key.getPublic().getEncoded()))
                            .keyId(),
                    Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
