package org.sangsaeng.purchase.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PurchasePledgeTests {

    final Instant nine = Instant.parse("2026-11-23T00:00:00Z");
    final Instant ten = Instant.parse("2026-11-23T01:00:00Z");

    @Test
    void askingForLessKeepsThePlaceInTheQueue() {
        PurchasePledge pledge = new PurchasePledge(1, 7, 3, 1, nine);
        pledge.change(2, 0, ten);
        assertThat(pledge.getPledgedAt()).isEqualTo(nine);
        assertThat(pledge.getQuantity()).isEqualTo(2);
    }

    @Test
    void askingForMoreQueuesAgainFromTheTimeOfTheChange() {
        PurchasePledge more = new PurchasePledge(1, 7, 3, 1, nine);
        more.change(4, 1, ten);
        assertThat(more.getPledgedAt()).isEqualTo(ten);

        PurchasePledge moreTolerance = new PurchasePledge(1, 8, 3, 1, nine);
        moreTolerance.change(3, 2, ten);
        assertThat(moreTolerance.getPledgedAt()).isEqualTo(ten);
    }
}
