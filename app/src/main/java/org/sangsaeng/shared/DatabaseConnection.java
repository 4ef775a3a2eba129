package org.sangsaeng.shared;

import org.sangsaeng.db.ManagedMariaDb;

/**
 * How to reach the database: as the app's user, and as the schema's owner (the same user when no
 * owner is set; {@code grantHost} is then null). The managed server, when there is one, is stopped
 * with the app. The audit exporter writes as {@code auditUser} when there is one (always on the
 * managed server), else as the app's user.
 */
public record DatabaseConnection(
        String url,
        String user,
        String password,
        ManagedMariaDb managed,
        String ownerUser,
        String ownerPassword,
        String grantHost,
        String auditUser,
        String auditPassword)
        implements AutoCloseable {

    /**
     * Whether the audit exporter writes as a user of its own, so that the app's user may only read
     * audit rows.
     */
    public boolean hasAuditUser() {
        return auditUser != null && !auditUser.isBlank() && grantHost != null;
    }

    public boolean isManaged() {
        return managed != null;
    }

    @Override
    public void close() {
        if (managed != null) {
            managed.close();
        }
    }
}
