package org.sangsaeng.engine.audit;

import java.nio.file.Path;

/**
 * Makes the exporter's signing key pair once, before any broker starts, for a cluster whose brokers
 * must all sign with the same key (any of them may lead a partition): {@code java -cp
 * sangsaeng-audit-exporter.jar org.sangsaeng.engine.audit.AuditSigningKey KEY PUBLIC}. A key
 * already there is kept; its key id is printed either way.
 */
public final class AuditSigningKey {

    private AuditSigningKey() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: AuditSigningKey <private key file> <public key file>");
            System.exit(2);
        }
        CheckpointSigner signer = CheckpointSigner.loadOrCreate(Path.of(args[0]), Path.of(args[1]));
        System.out.println(
                "audit signing key "
                        + signer.keyId()
                        + ": "
                        + args[0]
                        + ", public half "
                        + args[1]);
    }
}
