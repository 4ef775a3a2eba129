package org.sangsaeng.engine.audit;

import io.camunda.zeebe.exporter.api.Exporter;
import io.camunda.zeebe.exporter.api.ExporterException;
import io.camunda.zeebe.exporter.api.context.Context;
import io.camunda.zeebe.exporter.api.context.Controller;
import io.camunda.zeebe.exporter.api.context.ScheduledTask;
import io.camunda.zeebe.protocol.record.Record;
import java.sql.SQLException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;

/**
 * Copies the engine records that matter for oversight into the {@code audit_record} table.
 *
 * <p>The broker calls every method on one thread, so nothing here is synchronised. The broker only
 * forgets a record once we report its position, and we report a position only after the batch
 * holding it is committed: a database outage delays the audit trail but never loses a record.
 * Loaded by the broker via {@code
 * zeebe.broker.exporters.audit.className=org.sangsaeng.engine.audit.AuditExporter} with {@code
 * args.url}, {@code args.user}, {@code args.password} and optionally {@code args.batchSize}, {@code
 * args.flushIntervalMs}, {@code args.signingKeyFile}, {@code args.publicKeyFile} and {@code
 * args.checkpointIntervalMs}.
 *
 * <p>The chain continues from the head this exporter wrote last, which the broker keeps with the
 * exported position (exporter metadata); the table is never asked what the last hash is, so a row
 * someone else inserts is not chained onto, and a row someone else put at a position the exporter
 * writes stops the export loudly ({@link AuditConflictException}). With a signing key, a signed
 * checkpoint of the head is written at most every checkpoint interval.
 */
public final class AuditExporter implements Exporter {

    // Keyed by position, so a record the broker offers twice (it retries export() after a throw) is
    // held once.
    private final SortedMap<Long, AuditRow> buffer = new TreeMap<>();
    private AuditExporterConfig config;
    private AuditRecordWriter writer;
    private Logger log;
    private InstantSource clock;
    private Controller controller;
    private ScheduledTask flushTimer;
    private boolean failing;
    private CheckpointSigner signer;
    private ChainHead head;
    private Instant lastCheckpoint;
    private long anchoredPosition = -1;

    @Override
    public void configure(Context context) {
        log = context.getLogger();
        // The wall clock for exported_at; Context.clock() exists only from Zeebe 8.6, and this jar
        // also runs on 8.5.
        clock = InstantSource.system();
        config = AuditExporterConfig.from(context.getConfiguration().getArguments());
        writer = new AuditRecordWriter(config, log);
        signer =
                config.signingKeyFile() == null
                        ? null
                        : CheckpointSigner.loadOrCreate(
                                config.signingKeyFile(), config.publicKeyFile());
        context.setFilter(new AuditRecordFilter());
    }

    @Override
    public void open(Controller controller) {
        this.controller = controller;
        head = ChainHead.decode(controller.readMetadata()).orElse(null);
        scheduleFlush();
        log.info(
                "Audit exporter writing to {} in batches of {}, at least every {} ms, chain head {}, {}",
                config.location(),
                config.batchSize(),
                config.flushInterval().toMillis(),
                head == null
                        ? "not kept yet (read from the table once)"
                        : "at position " + head.position(),
                signer == null
                        ? "no checkpoints (no args.signingKeyFile)"
                        : "signed checkpoints with key "
                                + signer.keyId()
                                + " every "
                                + config.checkpointInterval().toMinutes()
                                + " min");
        if (signer == null) {
            log.warn(
                    "The audit exporter signs no checkpoints: a database owner could delete or rewrite the"
                            + " newest audit rows unnoticed. Set args.signingKeyFile (README: Oversight).");
        }
    }

    @Override
    public void export(Record<?> record) {
        if (buffer.size() >= config.batchSize()) {
            try {
                flush();
            } catch (SQLException | RuntimeException e) {
                failed(e);
                // Not buffered: throwing makes the broker offer this record again later.
                throw new ExporterException(
                        "Audit buffer is full ("
                                + buffer.size()
                                + " records) and the audit database is unavailable; record at position "
                                + record.getPosition()
                                + " will be retried",
                        e);
            }
        }
        // The broker reuses the record object, so it is copied now.
        buffer.computeIfAbsent(record.getPosition(), position -> AuditRow.of(record));
        if (buffer.size() >= config.batchSize()) {
            tryFlush();
        }
    }

    @Override
    public void close() {
        if (flushTimer != null) {
            flushTimer.cancel();
        }
        // The stop anchors the newest rows too: nothing written stays unsigned until the next
        // start.
        if (controller != null && !tryFlush(true)) {
            log.warn(
                    "Audit exporter closed with {} records not written; the broker exports them again on restart",
                    buffer.size());
        }
        if (writer != null) {
            writer.close();
        }
    }

    private void scheduleFlush() {
        flushTimer =
                controller.scheduleCancellableTask(
                        config.flushInterval(),
                        () -> {
                            tryFlush();
                            scheduleFlush();
                        });
    }

    private boolean tryFlush() {
        return tryFlush(false);
    }

    private boolean tryFlush(boolean anchorNow) {
        try {
            flush(anchorNow);
            return true;
        } catch (SQLException | RuntimeException e) {
            failed(e);
            return false;
        }
    }

    private void flush() throws SQLException {
        flush(false);
    }

    /**
     * Writes the buffer; signs a checkpoint when one is due (or anchorNow) and the head has moved
     * since.
     */
    private void flush(boolean anchorNow) throws SQLException {
        Instant now = clock.instant();
        boolean checkpoint =
                signer != null
                        && (anchorNow
                                || lastCheckpoint == null
                                || !now.isBefore(lastCheckpoint.plus(config.checkpointInterval())));
        if (buffer.isEmpty()) {
            if (checkpoint && head != null && head.position() != anchoredPosition) {
                writer.checkpoint(head, now, signer);
                anchored(now);
            }
            return;
        }
        head = writer.write(List.copyOf(buffer.values()), head, now, checkpoint ? signer : null);
        if (checkpoint) {
            anchored(now);
        }
        long highest = buffer.lastKey();
        int written = buffer.size();
        buffer.clear();
        controller.updateLastExportedRecordPosition(highest, head.encode());
        if (failing) {
            failing = false;
            log.info(
                    "Audit database reachable again; wrote {} records up to position {}",
                    written,
                    highest);
        }
    }

    private void anchored(Instant at) {
        lastCheckpoint = at;
        anchoredPosition = head.position();
    }

    // One warning per outage: the timer retries every flush interval and would flood the log.
    private void failed(Exception e) {
        if (e instanceof AuditConflictException && !failing) {
            failing = true;
            log.error("AUDIT TRAIL CONFLICT: {}", e.getMessage());
        } else if (!failing) {
            failing = true;
            log.warn(
                    "Writing {} audit records failed; keeping them and retrying: {}",
                    buffer.size(),
                    e.toString(),
                    e);
        } else {
            log.debug("Writing {} audit records failed again", buffer.size(), e);
        }
    }
}
