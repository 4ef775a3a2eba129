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

/** Applies the changelog outside Spring, for tools and for tests of modules that have no Spring context. */
public final class SchemaMigrator {

    public static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";

    private SchemaMigrator() {
    }

    public static void migrate(String url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database)) {
                liquibase.update();
            }
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("Could not apply the database changelog to " + url, e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
