package org.sangsaeng.engine;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.sangsaeng.shared.ServiceUnavailableException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The gate every write that reaches the engine passes: a command of {@link ProcessEngine} and a job
 * worker's run. A backup closes it for a few seconds ({@link #hold}) so that the broker's state and
 * the database are copied at one moment. A command sent inside a transaction keeps the gate's share
 * until that transaction ends: the engine must not be copied with a command whose rows are not yet
 * committed, nor the other way round.
 */
@Component
public class EngineWrites {

    /** How long a command waits behind a backup before the person is asked to try again. */
    static final Duration WAIT_BEHIND_BACKUP = Duration.ofSeconds(60);

    // Reentrant: a worker's run and the commands its transaction sends share one thread.
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile Runnable stopWorkers = () -> {};
    private volatile Runnable startWorkers = () -> {};

    /** The job workers of this node: stopped from asking for jobs while a backup holds the gate. */
    void workers(Runnable stop, Runnable start) {
        this.stopWorkers = stop;
        this.startWorkers = start;
    }

    /**
     * Takes a share of the gate for one command; released when the surrounding transaction ends, or
     * by the caller.
     */
    boolean enterForCommand() {
        enter();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(
                    new TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            lock.readLock().unlock();
                        }
                    });
            return false;
        }
        return true;
    }

    void enter() {
        try {
            if (!lock.readLock().tryLock(WAIT_BEHIND_BACKUP.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ServiceUnavailableException(
                        "engine", new IllegalStateException("a backup holds the engine"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("engine", e);
        }
    }

    void leave() {
        lock.readLock().unlock();
    }

    /**
     * Closes the gate: waits until every command and job run under way has finished (and its
     * transaction ended), and holds every new one until the returned hold is closed. Fails when
     * that does not happen within {@code timeout} (the gate is then open again).
     */
    public Hold hold(Duration timeout) {
        // Workers first: a job handed out while the gate is closed would wait here, and be copied
        // as
        // taken by a worker that never did it (handed out again only after its timeout, days for a
        // task).
        stopWorkers.run();
        try {
            if (!lock.writeLock().tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                startWorkers.run();
                throw new IllegalStateException(
                        "Writes to the engine did not finish within "
                                + timeout
                                + " ("
                                + lock.getReadLockCount()
                                + " still under way); nothing was paused");
            }
        } catch (InterruptedException e) {
            startWorkers.run();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(
                    "Interrupted while waiting for the writes to the engine", e);
        }
        return () -> {
            lock.writeLock().unlock();
            startWorkers.run();
        };
    }

    /** Held writes; closing it lets them go on. Close it on the thread that took it. */
    public interface Hold extends AutoCloseable {
        @Override
        void close();
    }
}
