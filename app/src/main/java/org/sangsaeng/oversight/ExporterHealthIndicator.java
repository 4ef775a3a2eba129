package org.sangsaeng.oversight;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code exporter} component of {@code /actuator/health}: DOWN when the audit trail is more
 * than {@code sangsaeng.monitoring.export-lag-limit} records behind the broker's log (the
 * exporter's database away, the exporter stopped: the broker then also keeps its whole log, see
 * DESIGN), UP again when it has caught up; UNKNOWN when the broker's position cannot be read, which
 * leaves the overall status as it is.
 */
@Component
class ExporterHealthIndicator implements HealthIndicator {

    private final AuditExportLag lag;
    private final long limit;

    ExporterHealthIndicator(
            AuditExportLag lag,
            @Value("${sangsaeng.monitoring.export-lag-limit:10000}") long limit) {
        this.lag = lag;
        this.limit = limit;
    }

    @Override
    public Health health() {
        AuditExportLag.Reading reading = lag.reading();
        Health.Builder health;
        if (reading.records() == null) {
            health = Health.status(Status.UNKNOWN).withDetail("reason", reading.problem());
        } else {
            health = reading.records() > limit ? Health.down() : Health.up();
            health.withDetail("lag", reading.records())
                    .withDetail("committed", reading.committed());
        }
        return health.withDetail("limit", limit).withDetail("inTrail", reading.inTrail()).build();
    }
}
