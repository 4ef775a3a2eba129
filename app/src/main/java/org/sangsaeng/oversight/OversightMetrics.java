package org.sangsaeng.oversight;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.sangsaeng.shared.Snapshot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code sangsaeng_incidents_open}: steps stopped on an incident that nobody resolved yet (from the
 * process index), and {@code sangsaeng_audit_export_lag}: records of the broker's log not yet in
 * the audit trail ({@link AuditExportLag}; NaN when unknown). Each read at most every few seconds.
 */
@Component
class OversightMetrics implements MeterBinder {

    private final Snapshot<Long> openIncidents;
    private final AuditExportLag lag;

    OversightMetrics(JdbcTemplate jdbc, AuditExportLag lag) {
        this.lag = lag;
        this.openIncidents =
                new Snapshot<>(
                        Snapshot.METRICS_MAX_AGE,
                        () ->
                                jdbc.queryForObject(
                                        "SELECT COUNT(*) FROM oversight_incident WHERE resolved_at IS NULL",
                                        Long.class));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("sangsaeng.incidents.open", openIncidents, s -> s.get())
                .description(
                        "Process steps stopped on an incident (a job out of retries) and not resolved")
                .register(registry);
        Gauge.builder(
                        "sangsaeng.audit.export.lag",
                        lag,
                        l -> {
                            Long records = l.reading().records();
                            return records == null ? Double.NaN : records;
                        })
                .description("Records the broker committed that the audit trail does not hold yet")
                .register(registry);
    }
}
