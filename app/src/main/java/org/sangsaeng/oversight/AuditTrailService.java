package org.sangsaeng.oversight;

import java.util.List;
import java.util.Objects;
import org.sangsaeng.membership.CurrentUsers;
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
        requireFoundation(currentUsers);
        return verifyAll();
    }

    /** Refuses everyone but the foundation and admins (audit actions that span every co-op). */
    static void requireFoundation(CurrentUsers currentUsers) {
        currentUsers.requireOverseer("error.audit.foundationOnly");
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
                List<AuditRows.Stored> page = jdbc.query("SELECT " + AuditRows.COLUMNS
                        + " FROM audit_record WHERE partition_id = ? AND position > ? ORDER BY position LIMIT ?",
                        AuditRows::stored, partition, after, PAGE);
                for (AuditRows.Stored s : page) {
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

    private static ChainReport broken(long checked, long beforeChain, AuditRows.Stored s, String reason) {
        return new ChainReport(false, checked, beforeChain,
                new ChainReport.Broken(s.row().partitionId(), s.row().position(), reason));
    }
}
