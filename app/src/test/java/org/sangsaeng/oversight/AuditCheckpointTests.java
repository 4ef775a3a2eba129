package org.sangsaeng.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The verifier against the checkpoint the exporter's signer is tested to produce (engine:
 * SignatureVector).
 */
class AuditCheckpointTests {

    private static final CheckpointKey KEY =
            CheckpointKey.of("MCowBQYDK2VwAyEAPboJ7voIoII7TjqPoFxoxjgk0E8rNVZtUyzcTi7PZ90=");
    private static final String HEAD =
            "37b028e5b5ba82fd01443571d8b519e0df6a6dfd9ee3cfaed584332a4e8d3bce";
    private static final String SIGNATURE =
            "SuafYrhdrlBWUjcPsmPJnESdkqzq7wmsbcksoH/8vwu9cwX6jEocm66UjvJ1zFzBNMJUcyelUH8jx9SzGmWIBQ==";

    @Test
    void theExportersSignatureVerifiesAndNamesItsKey() {
        var checkpoint =
                new AuditCheckpoint(
                        1,
                        42,
                        HEAD,
                        Instant.ofEpochMilli(1795402800123L),
                        "f4286250e408fab4",
                        SIGNATURE);

        assertThat(checkpoint.signedBy(KEY.key())).isTrue();
        assertThat(KEY.keyId()).isEqualTo(checkpoint.keyId());
    }

    @Test
    void anyChangeOfPositionHashOrTimeBreaksTheSignature() {
        Instant at = Instant.ofEpochMilli(1795402800123L);
        assertThat(
                        new AuditCheckpoint(1, 43, HEAD, at, "f4286250e408fab4", SIGNATURE)
                                .signedBy(KEY.key()))
                .isFalse();
        assertThat(
                        new AuditCheckpoint(
                                        1, 42, "0".repeat(64), at, "f4286250e408fab4", SIGNATURE)
                                .signedBy(KEY.key()))
                .isFalse();
        assertThat(
                        new AuditCheckpoint(
                                        1,
                                        42,
                                        HEAD,
                                        at.plusMillis(1),
                                        "f4286250e408fab4",
                                        SIGNATURE)
                                .signedBy(KEY.key()))
                .isFalse();
        assertThat(
                        new AuditCheckpoint(1, 42, HEAD, at, "f4286250e408fab4", "not base64!")
                                .signedBy(KEY.key()))
                .isFalse();
    }
}
