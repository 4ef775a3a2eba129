package org.sangsaeng.engine.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Signs checkpoints of the chain with an Ed25519 key that only the exporter holds: a file readable
 * by the broker's user, made on first start with its public half in a file of its own (by default
 * beside it, {@code <file>.pub}; elsewhere with {@code args.publicKeyFile}, e.g. a volume the app
 * may read), which the foundation and the verifier use. A checkpoint signs {@code
 * sangsaeng-audit-checkpoint-v1 LF partition LF position LF head hash LF signed-at epoch ms}.
 */
final class CheckpointSigner {

    static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final String keyId;

    private CheckpointSigner(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.keyId = keyId(publicKey);
    }

    /**
     * Loads the key from the file, or makes one there (owner-only) with its public half beside it.
     */
    static CheckpointSigner loadOrCreate(Path keyFile) {
        return loadOrCreate(keyFile, publicKeyFile(keyFile));
    }

    static CheckpointSigner loadOrCreate(Path keyFile, Path publicFile) {
        try {
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            if (Files.exists(keyFile)) {
                if (!Files.exists(publicFile)) {
                    throw new IllegalStateException(
                            "The audit signing key "
                                    + keyFile
                                    + " has no public half at "
                                    + publicFile
                                    + "; restore that file (the foundation's checkpoint copies carry it)");
                }
                PrivateKey privateKey =
                        keys.generatePrivate(new PKCS8EncodedKeySpec(read(keyFile)));
                PublicKey publicKey = keys.generatePublic(new X509EncodedKeySpec(read(publicFile)));
                return new CheckpointSigner(privateKey, publicKey);
            }
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            Files.createDirectories(keyFile.toAbsolutePath().getParent());
            Files.createDirectories(publicFile.toAbsolutePath().getParent());
            write(keyFile, pair.getPrivate().getEncoded(), "rw-------");
            write(publicFile, pair.getPublic().getEncoded(), "rw-r--r--");
            return new CheckpointSigner(pair.getPrivate(), pair.getPublic());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not read or make the audit signing key " + keyFile, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The audit signing key " + keyFile + " is not an Ed25519 key", e);
        }
    }

    static Path publicKeyFile(Path keyFile) {
        return keyFile.resolveSibling(keyFile.getFileName() + ".pub");
    }

    String keyId() {
        return keyId;
    }

    String sign(ChainHead head, Instant signedAt) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(
                    signedText(head.partitionId(), head.position(), head.hash(), signedAt));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing an audit checkpoint failed", e);
        }
    }

    static byte[] signedText(int partitionId, long position, String hash, Instant signedAt) {
        return ("sangsaeng-audit-checkpoint-v1\n"
                        + partitionId
                        + "\n"
                        + position
                        + "\n"
                        + hash
                        + "\n"
                        + signedAt.toEpochMilli())
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The first 16 hex digits of the SHA-256 of the public key: names the key a checkpoint was
     * signed with.
     */
    static String keyId(PublicKey publicKey) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded()))
                    .substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static byte[] read(Path file) throws IOException {
        return Base64.getMimeDecoder()
                .decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
    }

    // Made with its permissions, so the private key is never readable by others, not even for a
    // moment.
    private static void write(Path file, byte[] key, String permissions) throws IOException {
        try {
            Files.createFile(
                    file,
                    PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString(permissions)));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions protect it
            Files.createFile(file);
        }
        Files.writeString(
                file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
    }
}
