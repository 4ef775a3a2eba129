package org.sangsaeng.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.Role;
import org.sangsaeng.shared.AccessDeniedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Checks that the audit trail is as the exporter wrote it: recomputes every row's hash from its
 * stored content and the previous row's stored hash, partition by partition, and names the first
 * row that does not match (changed, or the row before it changed or removed). Rows are read in
 * pages by position, so the check runs in constant memory.
 */
@Service
public class AuditTrailService {

    static final int PAGE = 2_000;

    private final JdbcTemplate jdbc;
    private final CurrentUsers currentUsers;

    AuditTrailService(JdbcTemplate jdbc, CurrentUsers currentUsers) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
    }

    /** For the foundation and admins. */
    public ChainReport verify() {
        CurrentUser me = currentUsers.require();
        if (!me.has(Role.FOUNDATION) && !me.has(Role.ADMIN)) {
            throw new AccessDeniedException("error.audit.foundationOnly");
        }
        return verifyAll();
    }

    /** The check itself, for callers that are not a signed-in person (the command line). */
    public ChainReport verifyAll() {
        long checked = 0;
        long beforeChain = 0;
        for (int partition : jdbc.queryForList("SELECT DISTINCT partition_id FROM audit_record ORDER BY partition_id",
                Integer.class)) {
            String last = null;
            boolean started = false;
            long after = -1;
            while (true) {
                List<Stored> page = jdbc.query("""
                        SELECT partition_id, position, record_key, record_type, value_type, intent, record_time,
                               process_instance_key, bpmn_process_id, element_id, element_type, completed_by,
                               value_json, prev_hash, row_hash
                        FROM audit_record WHERE partition_id = ? AND position > ? ORDER BY position LIMIT ?""",
                        AuditTrailService::stored, partition, after, PAGE);
                for (Stored s : page) {
                    after = s.row().position();
                    if (s.rowHash() == null) {
                        if (started) {
                            return broken(checked, beforeChain, s, "audit.broken.noHash");
                        }
                        beforeChain++;
                        continue;
                    }
                    if (!Objects.equals(s.prevHash(), started ? last : null)) {
                        return broken(checked, beforeChain, s, "audit.broken.link");
                    }
                    if (!AuditChain.hash(s.prevHash(), s.row()).equals(s.rowHash())) {
                        return broken(checked, beforeChain, s, "audit.broken.content");
                    }
                    started = true;
                    last = s.rowHash();
                    checked++;
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
        }
        return new ChainReport(true, checked, beforeChain, null);
    }

    private static ChainReport broken(long checked, long beforeChain, Stored s, String reason) {
        return new ChainReport(false, checked, beforeChain,
                new ChainReport.Broken(s.row().partitionId(), s.row().position(), reason));
    }

    private record Stored(AuditChain.Row row, String prevHash, String rowHash) {
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        long pik = rs.getLong("process_instance_key");
        Long processInstanceKey = rs.wasNull() ? null : pik;
        java.time.LocalDateTime time = rs.getObject("record_time", java.time.LocalDateTime.class);
        return new Stored(new AuditChain.Row(rs.getInt("partition_id"), rs.getLong("position"), rs.getLong("record_key"),
                rs.getString("record_type"), rs.getString("value_type"), rs.getString("intent"),
                time.toInstant(java.time.ZoneOffset.UTC), processInstanceKey,
                rs.getString("bpmn_process_id"), rs.getString("element_id"), rs.getString("element_type"),
                rs.getString("completed_by"), rs.getString("value_json")), rs.getString("prev_hash"),
                rs.getString("row_hash"));
    }
}
