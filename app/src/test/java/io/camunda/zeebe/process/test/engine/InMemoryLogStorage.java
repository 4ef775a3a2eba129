package io.camunda.zeebe.process.test.engine;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import io.camunda.zeebe.util.buffer.BufferWriter;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Replaces the in-memory engine's log of zeebe-process-test 8.8.21 on the test class path (test
 * classes come before the jar), which its {@link EngineFactory} builds by this name.
 *
 * <p>The library's version keeps the blocks in a plain {@code ArrayList} that the sequencer appends
 * to while the stream processor and the exporter read it from other threads. A reader may see the
 * new size before the new block ("Actor StreamProcessor-1 failed in phase STARTED", a {@code
 * NullPointerException} in {@code ListLogStorageReader.next}); the engine then stops answering and
 * a long browser test fails after its waits. Here every access to the list holds its lock, so a
 * reader sees a block no sooner than the size that counts it. Same positions and indexes as the
 * library's, so the engine behaves as before.
 */
class InMemoryLogStorage implements LogStorage {

    /**
     * Lowest position of each block to its index counted from one (what seek and listeners use).
     */
    private final ConcurrentSkipListMap<Long, Integer> indexByLowestPosition =
            new ConcurrentSkipListMap<>();

    private final List<ByteBuffer> blocks = new ArrayList<>();
    private final Set<CommitListener> commitListeners = new CopyOnWriteArraySet<>();

    @Override
    public LogStorageReader newReader() {
        return new Reader();
    }

    @Override
    public void append(
            long lowestPosition,
            long highestPosition,
            BufferWriter writer,
            AppendListener listener) {
        ByteBuffer block = ByteBuffer.allocate(writer.getLength());
        writer.write(new UnsafeBuffer(block), 0);
        append(lowestPosition, highestPosition, block, listener);
    }

    @Override
    public void append(
            long lowestPosition, long highestPosition, ByteBuffer block, AppendListener listener) {
        int index;
        synchronized (blocks) {
            blocks.add(block);
            index = blocks.size();
        }
        indexByLowestPosition.put(lowestPosition, index);
        listener.onWrite(index, highestPosition);
        listener.onCommit(index, highestPosition);
        commitListeners.forEach(CommitListener::onCommit);
    }

    @Override
    public void addCommitListener(CommitListener listener) {
        commitListeners.add(listener);
    }

    @Override
    public void removeCommitListener(CommitListener listener) {
        commitListeners.remove(listener);
    }

    int size() {
        synchronized (blocks) {
            return blocks.size();
        }
    }

    private final class Reader implements LogStorageReader {

        private int next;

        @Override
        public void seek(long position) {
            var lower = indexByLowestPosition.lowerEntry(position);
            next = lower == null ? 0 : lower.getValue() - 1;
        }

        @Override
        public boolean hasNext() {
            return next >= 0 && next < size();
        }

        @Override
        public DirectBuffer next() {
            ByteBuffer block;
            synchronized (blocks) {
                if (next < 0 || next >= blocks.size()) {
                    throw new NoSuchElementException();
                }
                block = blocks.get(next);
            }
            next++;
            return new UnsafeBuffer(block);
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
