package org.sangsaeng.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.sangsaeng.shared.SangsaengHome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How {@code ./sangsaeng backup} on this machine asks the running app for a backup without an
 * administrator's password: a random token made at each start into a file only the app's own user
 * may read ({@code data/backup.token}, like {@code data/demo-password.txt}). Whoever can read it
 * can read the data folder itself; it allows a backup and nothing else.
 */
@Component
public class BackupTrigger {

    public static final String HEADER = "X-Sangsaeng-Backup-Token";

    private final byte[] token;

    BackupTrigger(
            SangsaengHome home,
            @Value("${sangsaeng.backup.token-file:data/backup.token}") String file) {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String text = HexFormat.of().formatHex(bytes);
        this.token = text.getBytes(StandardCharsets.US_ASCII);
        Path path = home.resolve(file);
        try {
            Files.createDirectories(path.getParent());
            Files.deleteIfExists(path);
            Files.createFile(
                    path,
                    PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
            Files.writeString(path, text);
        } catch (UnsupportedOperationException e) {
            throw new IllegalStateException(
                    "The backup token needs a POSIX file system for " + path, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the backup token " + path, e);
        }
    }

    /** Whether the caller showed this start's token. */
    public boolean accepts(String shown) {
        return shown != null
                && MessageDigest.isEqual(token, shown.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
