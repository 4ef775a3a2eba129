package org.sangsaeng.oversight;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The public half of the audit exporter's signing key, which checkpoints are checked against. The
 * exporter writes it beside its private key ({@code audit-signing.key.pub}, base64 of the X.509
 * encoding); the foundation keeps a copy, and {@code keyId} names it as checkpoints do.
 */
public record CheckpointKey(PublicKey key, String keyId, String encoded) {

    static final String ALGORITHM = "Ed25519";

    /** The key in that file; empty when no file is named or it is not there (yet). */
    public static Optional<CheckpointKey> read(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(of(Files.readString(file, StandardCharsets.US_ASCII).strip()));
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the audit public key " + file, e);
        }
    }

    /**
     * A key from its base64 X.509 encoding, as the exporter writes it and the checkpoint download
     * carries it.
     */
    public static CheckpointKey of(String base64) {
        try {
            byte[] encoded = Base64.getMimeDecoder().decode(base64);
            PublicKey key =
                    KeyFactory.getInstance(ALGORITHM)
                            .generatePublic(new X509EncodedKeySpec(encoded));
            String id =
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(encoded))
                            .substring(0, 16);
            return new CheckpointKey(key, id, Base64.getEncoder().encodeToString(encoded));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Not an Ed25519 public key in base64: " + e.getMessage(), e);
        }
    }
}
