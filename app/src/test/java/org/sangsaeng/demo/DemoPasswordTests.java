package org.sangsaeng.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo password is made once, kept for later runs, and its file is readable by its owner only.
 */
class DemoPasswordTests {

    @TempDir Path home;

    @Test
    void theFirstRunMakesAPasswordThatOnlyTheOwnerMayReadAndLaterRunsUseTheSame() throws Exception {
        Path file = home.resolve("data/demo-password.txt");
        String first = DemoPassword.keptIn(file);

        assertThat(first).hasSize(12).matches("[a-z2-9]+");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(DemoPassword.keptIn(file)).isEqualTo(first);
    }

    @Test
    void aFileLeftReadableByOthersIsClosedOnTheNextStart() throws Exception {
        Path file = home.resolve("data/demo-password.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "older0secret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(DemoPassword.keptIn(file)).isEqualTo("older0secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }
}
