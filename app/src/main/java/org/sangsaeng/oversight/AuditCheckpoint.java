package org.sangsaeng.oversight;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/**
 * A checkpoint the audit exporter signed: the hash of its newest row in a partition, with the
 * position and time. It signs (Ed25519) {@code sangsaeng-audit-checkpoint-v1 LF partition LF
 * position LF head hash LF signed-at epoch ms}, as the exporter's {@code CheckpointSigner} does (a
 * shared test vector keeps the two equal).
 */
public record AuditCheckpoint(
        int partitionId,
        long position,
        String headHash,
        Instant signedAt,
        String keyId,
        String signature) {

    /** Whether the holder of that key signed exactly this checkpoint. */
    public boolean signedBy(PublicKey key) {
        try {
            Signature verifier = Signature.getInstance(CheckpointKey.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(signedContent());
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** What the exporter signs of this checkpoint (see the class comment). */
    public byte[] signedContent() {
        return ("sangsaeng-audit-checkpoint-v1\n"
                        + partitionId
                        + "\n"
                        + position
                        + "\n"
                        + headHash
                        + "\n"
                        + signedAt.toEpochMilli())
                .getBytes(StandardCharsets.UTF_8);
    }
}
