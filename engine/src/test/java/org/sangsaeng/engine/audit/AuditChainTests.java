package org.sangsaeng.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The exporter's hash function against the vector the app's verifier is tested with too. */
class AuditChainTests {

    static final AuditRow PLEDGE = pledgeCompletedBy("kim.bakery");
    static final AuditRow VARIABLE =
            new AuditRow(
                    1,
                    43,
                    2251799813685250L,
                    "EVENT",
                    "VARIABLE",
                    "CREATED",
                    Instant.ofEpochMilli(1795402800124L),
                    null,
                    null,
                    null,
                    null,
                    null,
                    "{}");

    @Test
    void aChainOfTwoRowsHashesToTheSharedVector() {
        String first = AuditChain.hash(null, PLEDGE);
        assertThat(first)
                .isEqualTo("37b028e5b5ba82fd01443571d8b519e0df6a6dfd9ee3cfaed584332a4e8d3bce");
        assertThat(AuditChain.hash(first, VARIABLE))
                .isEqualTo("0824300cdd2c363bbca885472a0e0213dd1843e890bd7dcb399ebb2cac0ea13f");
    }

    @Test
    void anyChangeOfContentOrOfThePreviousHashChangesTheHash() {
        String first = AuditChain.hash(null, PLEDGE);
        AuditRow changed = pledgeCompletedBy("park.butcher");
        assertThat(AuditChain.hash(null, changed)).isNotEqualTo(first);
        assertThat(AuditChain.hash("0".repeat(64), PLEDGE)).isNotEqualTo(first);
    }

    /** A member's completed pledge task, as the shared vector has it, but for who completed it. */
    private static AuditRow pledgeCompletedBy(String username) {
        return new AuditRow(
                1,
                42,
                2251799813685249L,
                "EVENT",
                "PROCESS_INSTANCE",
                "ELEMENT_COMPLETED",
                Instant.ofEpochMilli(1795402800123L),
                2251799813685251L,
                "group-purchase",
                "PledgeTask",
                "USER_TASK",
                username,
                "{\"value\":\"밀가루\"}");
    }
}
