package org.sangsaeng.shared;

import org.sangsaeng.db.ManagedMariaDb;

/**
 * How to reach the database: as the app's user, and as the schema's owner (the same user when no
 * owner is set; {@code grantHost} is then null). The managed server, when there is one, is stopped
 * with the app.
 */
public record DatabaseConnection(String url, String user, String password, ManagedMariaDb managed, String ownerUser,
                                 String ownerPassword, String grantHost) implements AutoCloseable {

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
