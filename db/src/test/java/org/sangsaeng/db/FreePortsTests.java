package org.sangsaeng.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreePortsTests {

    @Test
    void portsAreDistinctFreeAndBelowTheRangeOutgoingConnectionsTakeTheirsFrom() throws Exception {
        List<Integer> ports = FreePorts.take(20);

        assertThat(ports).hasSize(20).doesNotHaveDuplicates();
        assertThat(ports)
                .allSatisfy(
                        port ->
                                assertThat(port)
                                        .isGreaterThanOrEqualTo(FreePorts.LOWEST)
                                        .isLessThan(FreePorts.ephemeralLow()));
        for (int port : ports) {
            try (ServerSocket server = new ServerSocket(port)) {
                assertThat(server.getLocalPort()).isEqualTo(port);
            }
        }
    }

    @Test
    void aPortSomeoneListensOnIsPassedOver() throws IOException {
        try (ServerSocket listening = new ServerSocket(FreePorts.one())) {
            int port = listening.getLocalPort();
            List<Integer> taken = FreePorts.take(3, port);
            // The look starts at that very port.
            assertThat(taken).hasSize(3).doesNotContain(port);
        }
    }
}
