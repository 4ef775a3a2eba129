package org.sangsaeng.shared;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.sangsaeng.db.ManagedMariaDb;
import org.sangsaeng.db.SchemaMigrator;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * The database: the external MariaDB named by {@code DB_URL}, or else a managed MariaDB under
 * {@code ./data/mariadb} that lives as long as the app. The app connects as its own user; the
 * schema's owner (root on the managed server, {@code DB_OWNER_USER} outside) applies the changelog.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @ConfigurationProperties("sangsaeng.db")
    record DatabaseProperties(
            String url,
            String user,
            String password,
            String ownerUser,
            String ownerPassword,
            String appHost,
            String auditUser,
            String auditPassword,
            String dataDir,
            Integer managedPort,
            Integer poolSize,
            Duration connectionTimeout) {

        boolean managed() {
            return !StringUtils.hasText(url);
        }
    }

    /**
     * The app's own database user on the managed server: it may not change or delete audit rows.
     */
    static final String MANAGED_APP_USER = "sangsaeng_app";

    /**
     * The audit exporter's own database user on the managed server: it may only read and add audit
     * rows.
     */
    static final String MANAGED_AUDIT_USER = "sangsaeng_audit";

    @Bean
    DatabaseConnection databaseConnection(DatabaseProperties properties, SangsaengHome home) {
        if (!properties.managed()) {
            String password = nullToEmpty(properties.password());
            if (StringUtils.hasText(properties.ownerUser())) {
                return new DatabaseConnection(
                        properties.url(),
                        properties.user(),
                        password,
                        null,
                        properties.ownerUser(),
                        nullToEmpty(properties.ownerPassword()),
                        properties.appHost(),
                        properties.auditUser(),
                        nullToEmpty(properties.auditPassword()));
            }
            return new DatabaseConnection(
                    properties.url(),
                    properties.user(),
                    password,
                    null,
                    properties.user(),
                    password,
                    null,
                    null,
                    null);
        }
        ManagedMariaDb db =
                ManagedMariaDb.start(
                        home.resolve(properties.dataDir()), properties.managedPort(), "sangsaeng");
        String appPassword = db.ensureUser(MANAGED_APP_USER);
        String auditPassword = db.ensureUser(MANAGED_AUDIT_USER);
        return new DatabaseConnection(
                db.jdbcUrl(),
                MANAGED_APP_USER,
                appPassword,
                db,
                db.username(),
                db.password(),
                "localhost",
                MANAGED_AUDIT_USER,
                auditPassword);
    }

    /**
     * The schema is changed by its owner; with an owner apart from the app's user, the changelog
     * grants the app's user everything but changing or deleting audit rows (changelog 0016).
     */
    @Bean
    SpringLiquibase liquibase(DatabaseConnection connection) {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(
                new SimpleDriverDataSource(
                        new org.mariadb.jdbc.Driver(),
                        connection.url(),
                        connection.ownerUser(),
                        connection.ownerPassword()));
        liquibase.setChangeLog("classpath:" + SchemaMigrator.CHANGELOG);
        boolean separate =
                connection.grantHost() != null && !connection.ownerUser().equals(connection.user());
        boolean audit = separate && connection.hasAuditUser();
        liquibase.setChangeLogParameters(
                Map.of(
                        SchemaMigrator.APP_USER,
                        separate ? connection.user() : "",
                        SchemaMigrator.APP_HOST,
                        separate ? connection.grantHost() : "%",
                        SchemaMigrator.AUDIT_USER,
                        audit ? connection.auditUser() : "",
                        SchemaMigrator.AUDIT_HOST,
                        audit ? connection.grantHost() : "%"));
        return liquibase;
    }

    @Bean
    DataSource dataSource(DatabaseConnection connection, DatabaseProperties properties) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(connection.url());
        ds.setUsername(connection.user());
        ds.setPassword(connection.password());
        int poolSize = properties.poolSize() == null ? 30 : properties.poolSize();
        ds.setMaximumPoolSize(poolSize);
        // The pool grows under load (a vote of many members) and shrinks back when idle.
        ds.setMinimumIdle(Math.min(5, poolSize));
        ds.setPoolName("sangsaeng");
        // How long a request waits for a connection (the database restarting) before it is told to
        // try again.
        ds.setConnectionTimeout(
                properties.connectionTimeout() == null
                        ? 30_000
                        : properties.connectionTimeout().toMillis());
        return ds;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
