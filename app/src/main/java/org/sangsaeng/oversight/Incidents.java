package org.sangsaeng.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.sangsaeng.engine.ProcessEngine;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.Role;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What stopped a process instance (a job that used up its retries): shown with the error to whoever
 * may read the instance, and retried, after the cause is fixed, by an administrator or a leader of
 * the instance's co-op. The incident counts as resolved when the engine says so (the indexer reads
 * it from the audit trail).
 */
@Service
@Transactional(readOnly = true)
public class Incidents {

    /** Retries a retried job gets back. */
    static final int RETRIES = 3;

    private static final String SELECT =
            """
            SELECT incident_key, instance_key, bpmn_process_id, element_id, job_key, error_type, error_message,
                   created_at, resolved_at FROM oversight_incident""";

    public record Incident(
            long key,
            long instanceKey,
            String processId,
            String elementId,
            Long jobKey,
            String errorType,
            String errorMessage,
            Instant createdAt,
            Instant resolvedAt) {}

    private final JdbcTemplate jdbc;
    private final ProcessExplorer explorer;
    private final ProcessEngine engine;
    private final CurrentUsers currentUsers;

    Incidents(
            JdbcTemplate jdbc,
            ProcessExplorer explorer,
            ProcessEngine engine,
            CurrentUsers currentUsers) {
        this.jdbc = jdbc;
        this.explorer = explorer;
        this.engine = engine;
        this.currentUsers = currentUsers;
    }

    /** The instance's incidents, newest first, open and resolved. */
    public List<Incident> of(long instanceKey) {
        explorer.requireReader(explorer.find(instanceKey));
        return jdbc.query(
                SELECT + " WHERE instance_key = ? ORDER BY created_at DESC, incident_key DESC",
                (rs, n) -> incident(rs),
                instanceKey);
    }

    /**
     * Gives the failed step its retries back and resolves the incident; refused once it is
     * resolved.
     */
    @Transactional
    public void retry(long incidentKey) {
        Incident incident =
                jdbc
                        .query(
                                SELECT + " WHERE incident_key = ?",
                                (rs, n) -> incident(rs),
                                incidentKey)
                        .stream()
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new NotFoundException(
                                                "error.incident.notFound", incidentKey));
        InstanceSummary instance = explorer.find(incident.instanceKey());
        explorer.requireReader(instance);
        CurrentUser me = currentUsers.require();
        if (!me.has(Role.ADMIN)
                && (instance.coopId() == null || !me.isLeaderOf(instance.coopId()))) {
            throw new AccessDeniedException("error.incident.retryNotAllowed");
        }
        if (incident.resolvedAt() != null
                || !engine.retryIncident(incident.jobKey(), incidentKey, RETRIES)) {
            throw new BusinessException("error.incident.resolved");
        }
    }

    private static Incident incident(ResultSet rs) throws SQLException {
        return new Incident(
                rs.getLong("incident_key"),
                rs.getLong("instance_key"),
                rs.getString("bpmn_process_id"),
                rs.getString("element_id"),
                rs.getObject("job_key", Long.class),
                rs.getString("error_type"),
                rs.getString("error_message"),
                ProcessIndexer.instant(rs.getObject("created_at", LocalDateTime.class)),
                ProcessIndexer.instant(rs.getObject("resolved_at", LocalDateTime.class)));
    }
}
