package org.sangsaeng.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One backup at a time in a backup folder: a lock on {@code .lock} there, held by the running
 * backup's process (the operating system lets it go if that process dies), naming when it began.
 */
final class BackupLock implements AutoCloseable {

    static final String FILE = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private BackupLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static BackupLock take(Path folder, Instant now) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(FILE);
            FileChannel channel =
                    FileChannel.open(
                            file,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.READ,
                            StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                String since = Files.readString(file).strip();
                throw new BackupRefused(
                        "Another backup is running (since "
                                + (since.isEmpty() ? "a moment" : since)
                                + "); try again when it has finished");
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(now.toString().getBytes()));
            return new BackupLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock " + folder.resolve(FILE), e);
        }
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the lock goes with the channel
        }
    }
}
