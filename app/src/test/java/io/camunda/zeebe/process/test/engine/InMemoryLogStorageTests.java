package io.camunda.zeebe.process.test.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.logstreams.storage.LogStorage.AppendListener;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;

/** The in-memory engine's log that readers on other threads can follow while it grows. */
class InMemoryLogStorageTests {

    private static final AppendListener IGNORED = new AppendListener() {};

    final InMemoryLogStorage log = new InMemoryLogStorage();

    @Test
    void theEngineBuildsThisLogNotTheLibrarysRacyOne() {
        // Test classes come first on the class path: the engine factory gets this class.
        assertThat(
                        InMemoryLogStorage.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .getPath())
                .doesNotContain("zeebe-process-test-engine");
    }

    @Test
    void readersFollowingTheLogWhileItGrowsSeeEveryBlockInOrder() throws Exception {
        int blocks = 200_000;
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(threads.submit(() -> follow(blocks)));
            }
            for (int i = 0; i < blocks; i++) {
                log.append(i + 1, i + 1, block(i + 1), IGNORED);
            }
            for (Future<Integer> reader : readers) {
                assertThat(reader.get(60, TimeUnit.SECONDS)).isEqualTo(blocks);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void seekStartsAtTheBlockBeforeThePositionSoTheReaderFindsItByScanning() {
        log.append(1, 3, block(1), IGNORED);
        log.append(4, 6, block(4), IGNORED);
        log.append(7, 9, block(7), IGNORED);
        LogStorageReader reader = log.newReader();

        reader.seek(5);
        assertThat(value(reader.next())).isEqualTo(4);
        reader.seek(7);
        assertThat(value(reader.next())).isEqualTo(4);
        reader.seek(1);
        assertThat(value(reader.next())).isEqualTo(1);
        reader.seek(100);
        assertThat(value(reader.next())).isEqualTo(7);
        assertThat(reader.hasNext()).isFalse();
    }

    private static ByteBuffer block(long value) {
        return ByteBuffer.allocate(Long.BYTES).putLong(0, value);
    }

    private static long value(DirectBuffer block) {
        return block.getLong(0, ByteOrder.BIG_ENDIAN);
    }

    /** Reads as the stream processor does: polls hasNext, reads each block once, in order. */
    private int follow(int blocks) {
        LogStorageReader reader = log.newReader();
        int read = 0;
        while (read < blocks) {
            if (!reader.hasNext()) {
                Thread.onSpinWait();
                continue;
            }
            DirectBuffer block = reader.next();
            read++;
            if (value(block) != read) {
                throw new AssertionError("block " + read + " read as " + value(block));
            }
        }
        return read;
    }
}
