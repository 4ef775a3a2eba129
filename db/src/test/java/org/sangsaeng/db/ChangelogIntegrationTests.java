package org.sangsaeng.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ChangelogIntegrationTests {

    static final String APP_PASSWORD = "app-pw-1";

    @Test
    void changelogCreatesTheSchemaOnARealMariaDbAndIsIdempotent() throws SQLException {
        TestDatabase.Database db = TestDatabase.newMigratedDatabase("changelog");
        // Applying again must be a no-op, as on every restart of the app.
        SchemaMigrator.migrate(db.url(), db.user(), db.password());

        try (Connection c = asOwner(db);
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SHOW TABLES")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables)
                    .contains(
                            "app_user",
                            "app_user_role",
                            "market",
                            "coop",
                            "supplier",
                            "membership",
                            "membership_application",
                            "task",
                            "task_candidate_group",
                            "audit_record");
            assertThat(firstString(s, "SELECT VERSION()")).containsIgnoringCase("mariadb");
        }
    }

    @Test
    void databaseRejectsRowsThatBreakTheRules() throws SQLException {
        TestDatabase.Database db = TestDatabase.newMigratedDatabase("constraints");
        try (Connection c = asOwner(db);
                Statement s = c.createStatement()) {
            assertThatThrownBy(
                            () ->
                                    s.execute(
                                            "INSERT INTO app_user (username, password_hash, display_name, created_at)"
                                                    + " VALUES ('Bad Name!', 'x', 'x', NOW())"))
                    .isInstanceOf(SQLException.class);
            s.execute(
                    "INSERT INTO app_user (username, password_hash, display_name, created_at) VALUES ('kim', 'x', '김', NOW())");
            assertThatThrownBy(
                            () ->
                                    s.execute(
                                            "INSERT INTO app_user (username, password_hash, display_name, created_at)"
                                                    + " VALUES ('kim', 'y', '김2', NOW())"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(
                            () ->
                                    s.execute(
                                            "INSERT INTO audit_record (partition_id, position, record_key, record_type,"
                                                    + " value_type, intent, record_time, value_json, exported_at) VALUES (1, 1, 1, 'EVENT', 'JOB', 'CREATED', NOW(), '{}', NOW()),"
                                                    + " (1, 1, 1, 'EVENT', 'JOB', 'CREATED', NOW(), '{}', NOW())"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(
                            () ->
                                    s.execute(
                                            "INSERT INTO supplier (name, goods, business_number)"
                                                    + " VALUES ('한맥제분', '밀가루', '1234567890')"))
                    .isInstanceOf(SQLException.class);
            s.execute(
                    "INSERT INTO supplier (name, goods, business_number) VALUES ('한맥제분', '밀가루', '220-81-43373')");
            assertThatThrownBy(
                            () ->
                                    s.execute(
                                            "INSERT INTO supplier (name, goods, business_number)"
                                                    + " VALUES ('대한제분', '밀가루', '220-81-43373')"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void auditRowsAreAppendOnlyForEveryoneAndTheAppUserHasNoRightToChangeThem()
            throws SQLException {
        TestDatabase.Database db = TestDatabase.newDatabase("grants");
        String appUser = migratedWithAnAppUser(db);
        String row =
                "INSERT INTO audit_record (partition_id, position, record_key, record_type, value_type, intent,"
                        + " record_time, value_json, exported_at) VALUES (1, %d, 1, 'EVENT', 'JOB', 'CREATED', NOW(), '{}', NOW())";

        try (Connection app = asApp(db, appUser);
                Statement s = app.createStatement()) {
            s.execute(row.formatted(1));
            assertRefused(
                    () -> s.executeUpdate("UPDATE audit_record SET value_json = '{\"x\":1}'"),
                    "denied");
            assertRefused(() -> s.executeUpdate("DELETE FROM audit_record"), "denied");
            // Every other table is the app's to change.
            s.execute(
                    "INSERT INTO market (name, district, address) VALUES ('모란시장', '성남시 중원구', '성남시 중원구 둔촌대로 68')");
            assertThat(s.executeUpdate("UPDATE market SET name = '모란전통시장' WHERE name = '모란시장'"))
                    .isEqualTo(1);
            assertThat(s.executeUpdate("DELETE FROM market WHERE name = '모란전통시장'")).isEqualTo(1);
            assertThat(firstInt(s, "SELECT COUNT(*) FROM audit_record")).isEqualTo(1);
        }
        assertAppendOnlyEvenForTheOwner(
                db, "UPDATE audit_record SET value_json = '{}'", "audit_record");
        dropUsers(db, appUser);
    }

    @Test
    void administrativeChangesAreAppendOnlyAndTheAppUserMayOnlyAddAndReadThem()
            throws SQLException {
        TestDatabase.Database db = TestDatabase.newDatabase("admin_changes");
        String appUser = migratedWithAnAppUser(db);
        // A restart runs the grants again (0016 grants every table in full): the change log stays
        // read-and-add.
        SchemaMigrator.migrate(db.url(), db.user(), db.password(), appUser, "localhost");
        String row =
                "INSERT INTO admin_change (changed_at, actor, subject, subject_id, action, before_json, after_json)"
                        + " VALUES (NOW(), 'admin', 'MARKET', 1, 'CREATED', '{}', '{}')";

        try (Connection app = asApp(db, appUser);
                Statement s = app.createStatement()) {
            s.execute(row);
            assertRefused(
                    () -> s.executeUpdate("UPDATE admin_change SET actor = 'someone-else'"),
                    "denied");
            assertRefused(() -> s.executeUpdate("DELETE FROM admin_change"), "denied");
            assertThat(firstString(s, "SELECT actor FROM admin_change")).isEqualTo("admin");
        }
        assertAppendOnlyEvenForTheOwner(
                db, "UPDATE admin_change SET actor = 'someone-else'", "admin_change");
        dropUsers(db, appUser);
    }

    @Test
    void onlyTheExportersOwnUserAddsAuditRowsAndCheckpointsAndTheAppUserMayOnlyReadThem()
            throws SQLException {
        TestDatabase.Database db = TestDatabase.newDatabase("audit_user");
        String suffix = Long.toString(System.nanoTime(), 36);
        String appUser = createUser(db, "app_" + suffix, APP_PASSWORD);
        String auditUser = createUser(db, "audit_" + suffix, "audit-pw-1");
        SchemaMigrator.migrate(
                db.url(), db.user(), db.password(), appUser, "localhost", auditUser, "localhost");
        // A restart runs 0016's grants again, which give the app INSERT on audit_record: it must
        // stay read-only.
        SchemaMigrator.migrate(
                db.url(), db.user(), db.password(), appUser, "localhost", auditUser, "localhost");
        String row =
                "INSERT INTO audit_record (partition_id, position, record_key, record_type, value_type, intent,"
                        + " record_time, value_json, exported_at, prev_hash, row_hash) VALUES (1, %d, 1, 'EVENT', 'JOB',"
                        + " 'COMPLETED', NOW(), '{}', NOW(), NULL, '%s')";
        String checkpoint =
                "INSERT INTO audit_checkpoint (partition_id, position, head_hash, signed_at, key_id, signature)"
                        + " VALUES (1, 1, '"
                        + "a".repeat(64)
                        + "', NOW(), 'k', 's')";

        try (Connection exporter = DriverManager.getConnection(db.url(), auditUser, "audit-pw-1");
                Statement s = exporter.createStatement()) {
            s.execute(row.formatted(1, "a".repeat(64)));
            s.execute(checkpoint);
            assertRefused(
                    () -> s.executeUpdate("UPDATE audit_record SET row_hash = 'b'"), "denied");
            assertRefused(() -> s.executeUpdate("DELETE FROM audit_checkpoint"), "denied");
            assertThatThrownBy(() -> s.executeQuery("SELECT * FROM app_user"))
                    .as("the exporter reads nothing but the audit tables")
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("denied");
        }
        try (Connection app = asApp(db, appUser);
                Statement s = app.createStatement()) {
            // the forged tip row of the security review: refused
            assertRefused(() -> s.execute(row.formatted(2, "f".repeat(64))), "denied");
            assertRefused(() -> s.execute(checkpoint), "denied");
            try (ResultSet rs =
                    s.executeQuery(
                            "SELECT (SELECT COUNT(*) FROM audit_record),"
                                    + " (SELECT COUNT(*) FROM audit_checkpoint)")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
                assertThat(rs.getInt(2)).isEqualTo(1);
            }
        }
        try (Connection owner = asOwner(db);
                Statement s = owner.createStatement()) {
            assertRefused(() -> s.executeUpdate("DELETE FROM audit_checkpoint"), "append-only");
        }
        dropUsers(db, appUser, auditUser);
    }

    @Test
    void theAppUserKeepsJointSalesAndTheDatabaseNeverLetsSetsBeOversold() throws SQLException {
        TestDatabase.Database db = TestDatabase.newDatabase("joint_sale");
        String appUser = migratedWithAnAppUser(db);

        try (Connection app = asApp(db, appUser);
                Statement s = app.createStatement()) {
            s.execute(
                    "INSERT INTO joint_offer (coop_id, proposed_by, title, description, stage, sale_price, sets_total,"
                            + " sets_ordered, minimum_sets, order_deadline, rules_version, created_at)"
                            + " VALUES (1, 1, '설 선물세트', '', 'ORDERING', 80000, 10, 10, 0, NOW(), 1, NOW())");
            s.execute(
                    "INSERT INTO joint_offer_slot (offer_id, place, starts_at, ends_at)"
                            + " SELECT id, '고객센터', NOW(), NOW() FROM joint_offer");
            s.execute(
                    "INSERT INTO joint_order (offer_id, slot_id, sets, amount, customer_name, phone, locale,"
                            + " pickup_code, link_hash, status, placed_at) SELECT o.id, t.id, 1, 80000, '김민지', '010-1234-5678',"
                            + " 'ko', 'ABCD2345', REPEAT('a', 64), 'PLACED', NOW() FROM joint_offer o, joint_offer_slot t");
            s.execute(
                    "INSERT INTO joint_sale_share (offer_id, shop_user_id, part_value, total_value, rounded_down,"
                            + " remainder_numerator, leftover_won, amount) SELECT id, 1, 1, 1, 80000, 0, FALSE, 80000 FROM joint_offer");
            assertThatThrownBy(
                            () ->
                                    s.executeUpdate(
                                            "UPDATE joint_offer SET sets_ordered = sets_ordered + 1"))
                    .as("one set more than there are")
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("ck_joint_offer_sets");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE joint_order SET status = 'PICKED_UP'"))
                    .as("handed over without a payment")
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("ck_joint_order_pickup");
        }
        dropUsers(db, appUser);
    }

    @Test
    void openTasksRecordedBeforeTheVisibilityTableAreListedForTheirAssigneeAndGroupsAfterIt()
            throws SQLException {
        TestDatabase.Database db = TestDatabase.newMigratedDatabase("visibility");
        try (Connection c = asOwner(db);
                Statement s = c.createStatement()) {
            // The schema as it was before 0039, with tasks in it.
            s.execute("DROP TABLE task_visibility");
            s.execute("DELETE FROM DATABASECHANGELOG WHERE id = '0039-tasks-visibility'");
            String task =
                    "INSERT INTO task (job_key, process_instance_key, bpmn_process_id, element_id, assignee,"
                            + " coop_id, due_at, created_at, job_deadline, variables, status, completed_by)"
                            + " VALUES (%d, 1, 'member-vote', 'CastVote', %s, 7, %s, '2026-12-01 09:00:00',"
                            + " '2026-12-08 09:00:00', '{}', '%s', %s)";
            s.execute(task.formatted(1, "'kim'", "'2026-12-03 09:00:00'", "OPEN", "NULL"));
            s.execute(task.formatted(2, "NULL", "NULL", "OPEN", "NULL"));
            s.execute(task.formatted(3, "'kim'", "NULL", "COMPLETED", "'kim'"));
            s.execute(
                    "INSERT INTO task_candidate_group (job_key, group_name) VALUES"
                            + " (1, 'coop:7:leader'), (2, 'coop:7:member'), (2, 'coop:7:leader'),"
                            + " (3, 'coop:7:leader')");
        }

        SchemaMigrator.migrate(db.url(), db.user(), db.password());

        List<String> rows = new ArrayList<>();
        try (Connection c = asOwner(db);
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "SELECT visible_to, job_key, due_order, coop_id, bpmn_process_id"
                                        + " FROM task_visibility ORDER BY job_key, visible_to")) {
            while (rs.next()) {
                rows.add(
                        rs.getString(1)
                                + " "
                                + rs.getLong(2)
                                + " "
                                + rs.getString(3)
                                + " "
                                + rs.getLong(4)
                                + " "
                                + rs.getString(5));
            }
        }
        // The closed task is on no list; a task without a due date sorts after every due one.
        assertThat(rows)
                .containsExactly(
                        "coop:7:leader 1 2026-12-03 09:00:00.000000 7 member-vote",
                        "user:kim 1 2026-12-03 09:00:00.000000 7 member-vote",
                        "coop:7:leader 2 9999-12-31 23:59:59.999999 7 member-vote",
                        "coop:7:member 2 9999-12-31 23:59:59.999999 7 member-vote");
    }

    private static Connection asOwner(TestDatabase.Database db) throws SQLException {
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    /** Connected as the app's own database user, made by {@link #createUser}. */
    private static Connection asApp(TestDatabase.Database db, String appUser) throws SQLException {
        return DriverManager.getConnection(db.url(), appUser, APP_PASSWORD);
    }

    /**
     * Creates the app's database user, as an installation does, and migrates the schema granting it
     * its rights; the user's name.
     */
    private static String migratedWithAnAppUser(TestDatabase.Database db) throws SQLException {
        String appUser =
                createUser(db, "app_" + Long.toString(System.nanoTime(), 36), APP_PASSWORD);
        SchemaMigrator.migrate(db.url(), db.user(), db.password(), appUser, "localhost");
        return appUser;
    }

    /** A database user on localhost with this password, as an installation creates the app's. */
    private static String createUser(TestDatabase.Database db, String name, String password)
            throws SQLException {
        try (Connection root = asOwner(db);
                Statement s = root.createStatement()) {
            s.execute("CREATE USER '" + name + "'@'localhost' IDENTIFIED BY '" + password + "'");
        }
        return name;
    }

    /** Even the schema's owner may neither change nor delete the rows of {@code table}. */
    private static void assertAppendOnlyEvenForTheOwner(
            TestDatabase.Database db, String update, String table) throws SQLException {
        try (Connection owner = asOwner(db);
                Statement s = owner.createStatement()) {
            assertRefused(() -> s.executeUpdate(update), "append-only");
            assertRefused(() -> s.executeUpdate("DELETE FROM " + table), "append-only");
        }
    }

    private static void dropUsers(TestDatabase.Database db, String... users) throws SQLException {
        try (Connection owner = asOwner(db);
                Statement s = owner.createStatement()) {
            for (String user : users) {
                s.execute("DROP USER '" + user + "'@'localhost'");
            }
        }
    }

    /** The first column of the query's first row. */
    private static int firstInt(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String firstString(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The database refuses the statement, naming why ("denied", "append-only", a constraint). */
    private static void assertRefused(ThrowingCallable statement, String why) {
        assertThatThrownBy(statement).isInstanceOf(SQLException.class).hasMessageContaining(why);
    }
}
