package org.sangsaeng.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The app's own database user can read every table from the very start that creates it: the grants
 * of changelog 0016 run before the changelogs that add tables on that start, so each such changelog
 * must grant its tables itself. A table it forgets is refused to the app ("SELECT command denied")
 * until the next restart, which is what this test catches.
 */
class AppUserGrantsIntegrationTests {

    @Test
    void onTheFirstStartTheAppUserMayReadEveryTable() throws SQLException {
        TestDatabase.Database db = TestDatabase.newDatabase("firstgrants");
        String appUser = "app_" + Long.toString(System.nanoTime(), 36);
        try (Connection root = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = root.createStatement()) {
            s.execute("CREATE USER '" + appUser + "'@'localhost' IDENTIFIED BY 'app-pw-1'");
        }
        SchemaMigrator.migrate(db.url(), db.user(), db.password(), appUser, "localhost");

        List<String> tables = new ArrayList<>();
        try (Connection owner = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = owner.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "SELECT table_name FROM information_schema.tables"
                                        + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'"
                                        + " AND table_name NOT LIKE 'DATABASECHANGELOG%'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertThat(tables).contains("task", "task_visibility", "audit_record", "joint_offer");
        List<String> refused = new ArrayList<>();
        try (Connection app = DriverManager.getConnection(db.url(), appUser, "app-pw-1");
                Statement s = app.createStatement()) {
            for (String table : tables) {
                try {
                    s.executeQuery("SELECT * FROM `" + table + "` LIMIT 0").close();
                } catch (SQLException e) {
                    refused.add(table + ": " + e.getMessage());
                }
            }
        }
        assertThat(refused).as("tables the app's user may not read").isEmpty();
        try (Connection root = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = root.createStatement()) {
            s.execute("DROP USER '" + appUser + "'@'localhost'");
        }
    }
}
