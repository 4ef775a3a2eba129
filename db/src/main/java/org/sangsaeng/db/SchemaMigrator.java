package org.sangsaeng.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Applies the changelog outside Spring, for tools and for tests of modules that have no Spring
 * context.
 */
public final class SchemaMigrator {

    public static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";

    /** Changelog parameters: the app's database user and host that get limited grants. */
    public static final String APP_USER = "appUser";

    public static final String APP_HOST = "appHost";

    /**
     * Changelog parameters: the audit exporter's own database user and host (changelog 0028); empty
     * for none.
     */
    public static final String AUDIT_USER = "auditUser";

    public static final String AUDIT_HOST = "auditHost";

    private SchemaMigrator() {}

    public static void migrate(String url, String user, String password) {
        migrate(url, user, password, "", "%");
    }

    /**
     * Applies the changelog as the schema's owner and grants the app's database user what it needs:
     * everything but UPDATE and DELETE of audit rows (see changelog 0016). An empty appUser grants
     * nothing.
     */
    public static void migrate(
            String url, String owner, String ownerPassword, String appUser, String appHost) {
        migrate(url, owner, ownerPassword, appUser, appHost, "", "%");
    }

    /**
     * As above, and the audit exporter's own user may read and add audit rows and checkpoints while
     * the app's user may only read them (changelog 0028). An empty auditUser leaves audit writes to
     * the app's user.
     */
    public static void migrate(
            String url,
            String owner,
            String ownerPassword,
            String appUser,
            String appHost,
            String auditUser,
            String auditHost) {
        try (Connection connection = DriverManager.getConnection(url, owner, ownerPassword)) {
            Database database =
                    DatabaseFactory.getInstance()
                            .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (Liquibase liquibase =
                    new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database)) {
                liquibase.setChangeLogParameter(APP_USER, appUser);
                liquibase.setChangeLogParameter(APP_HOST, appHost);
                liquibase.setChangeLogParameter(AUDIT_USER, auditUser);
                liquibase.setChangeLogParameter(AUDIT_HOST, auditHost);
                liquibase.update();
            }
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("Could not apply the database changelog to " + url, e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
