package org.sangsaeng.engine.audit;

import io.camunda.zeebe.exporter.api.Exporter;
import io.camunda.zeebe.exporter.api.ExporterException;
import io.camunda.zeebe.exporter.api.context.Context;
import io.camunda.zeebe.exporter.api.context.Controller;
import io.camunda.zeebe.exporter.api.context.ScheduledTask;
import io.camunda.zeebe.protocol.record.Record;
import java.sql.SQLException;
import java.time.InstantSource;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;

/**
 * Copies the engine records that matter for oversight into the {@code audit_record} table.
 *
 * <p>The broker calls every method on one thread, so nothing here is synchronised. The broker
 * only forgets a record once we report its position, and we report a position only after the
 * batch holding it is committed: a database outage delays the audit trail but never loses a
 * record. Loaded by the broker via
 * {@code zeebe.broker.exporters.audit.className=org.sangsaeng.engine.audit.AuditExporter} with
 * {@code args.url}, {@code args.user}, {@code args.password} and optionally {@code args.batchSize}
 * and {@code args.flushIntervalMs}.
 */
public final class AuditExporter implements Exporter {

    // Keyed by position, so a record the broker offers twice (it retries export() after a throw) is held once.
    private final SortedMap<Long, AuditRow> buffer = new TreeMap<>();
    private AuditExporterConfig config;
    private AuditRecordWriter writer;
    private Logger log;
    private InstantSource clock;
    private Controller controller;
    private ScheduledTask flushTimer;
    private boolean failing;

    @Override
    public void configure(Context context) {
        log = context.getLogger();
        // The wall clock for exported_at; Context.clock() exists only from Zeebe 8.6, and this jar also runs on 8.5.
        clock = InstantSource.system();
        config = AuditExporterConfig.from(context.getConfiguration().getArguments());
        writer = new AuditRecordWriter(config, log);
        context.setFilter(new AuditRecordFilter());
    }

    @Override
    public void open(Controller controller) {
        this.controller = controller;
        scheduleFlush();
        log.info("Audit exporter writing to {} in batches of {}, at least every {} ms",
                config.location(), config.batchSize(), config.flushInterval().toMillis());
    }

    @Override
    public void export(Record<?> record) {
        if (buffer.size() >= config.batchSize()) {
            try {
                flush();
            } catch (SQLException | RuntimeException e) {
                failed(e);
                // Not buffered: throwing makes the broker offer this record again later.
                throw new ExporterException("Audit buffer is full (" + buffer.size()
                        + " records) and the audit database is unavailable; record at position "
                        + record.getPosition() + " will be retried", e);
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
        if (controller != null && !tryFlush()) {
            log.warn("Audit exporter closed with {} records not written; the broker exports them again on restart",
                    buffer.size());
        }
        if (writer != null) {
            writer.close();
        }
    }

    private void scheduleFlush() {
        flushTimer = controller.scheduleCancellableTask(config.flushInterval(), () -> {
            tryFlush();
            scheduleFlush();
        });
    }

    private boolean tryFlush() {
        try {
            flush();
            return true;
        } catch (SQLException | RuntimeException e) {
            failed(e);
            return false;
        }
    }

    private void flush() throws SQLException {
        if (buffer.isEmpty()) {
            return;
        }
        writer.write(buffer.values(), clock.instant());
        long highest = buffer.lastKey();
        int written = buffer.size();
        buffer.clear();
        controller.updateLastExportedRecordPosition(highest);
        if (failing) {
            failing = false;
            log.info("Audit database reachable again; wrote {} records up to position {}", written, highest);
        }
    }

    // One warning per outage: the timer retries every flush interval and would flood the log.
    private void failed(Exception e) {
        if (!failing) {
            failing = true;
            log.warn("Writing {} audit records failed; keeping them and retrying: {}", buffer.size(), e.toString(), e);
        } else {
            log.debug("Writing {} audit records failed again", buffer.size(), e);
        }
    }
}
