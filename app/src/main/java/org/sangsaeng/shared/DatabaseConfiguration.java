package org.sangsaeng.shared;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.sangsaeng.db.ManagedMariaDb;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The database: the external MariaDB named by {@code DB_URL}, or else a managed MariaDB under
 * {@code ./data/mariadb} that lives as long as the app.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @ConfigurationProperties("sangsaeng.db")
    record DatabaseProperties(String url, String user, String password, String dataDir, Integer managedPort,
                              Integer poolSize) {

        boolean managed() {
            return !StringUtils.hasText(url);
        }
    }

    @Bean
    DatabaseConnection databaseConnection(DatabaseProperties properties, SangsaengHome home) {
        if (!properties.managed()) {
            return new DatabaseConnection(properties.url(), properties.user(), nullToEmpty(properties.password()), null);
        }
        ManagedMariaDb db = ManagedMariaDb.start(home.resolve(properties.dataDir()), properties.managedPort(), "sangsaeng");
        return new DatabaseConnection(db.jdbcUrl(), db.username(), db.password(), db);
    }

    @Bean
    DataSource dataSource(DatabaseConnection connection, DatabaseProperties properties) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(connection.url());
        ds.setUsername(connection.user());
        ds.setPassword(connection.password());
        ds.setMaximumPoolSize(properties.poolSize() == null ? 10 : properties.poolSize());
        ds.setPoolName("sangsaeng");
        return ds;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
