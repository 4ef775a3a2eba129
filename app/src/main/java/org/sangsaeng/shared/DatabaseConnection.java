package org.sangsaeng.shared;

import org.sangsaeng.db.ManagedMariaDb;

/** How to reach the database; the managed server, when there is one, is stopped with the app. */
public record DatabaseConnection(String url, String user, String password, ManagedMariaDb managed)
        implements AutoCloseable {

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
