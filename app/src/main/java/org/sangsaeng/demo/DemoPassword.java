package org.sangsaeng.demo;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The demo accounts' password, made once and kept in a file beside the data that only its owner may
 * read, so that later runs use the same one; it is never written to the log.
 */
final class DemoPassword {

    private static final Set<PosixFilePermission> OWNER_ONLY =
            PosixFilePermissions.fromString("rw-------");
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private DemoPassword() {}

    /**
     * The password in the file, or a new one written to it; the file is made (or left) readable by
     * its owner only.
     */
    static String keptIn(Path file) {
        try {
            if (Files.exists(file)) {
                ownerOnly(file);
                return Files.readString(file).trim();
            }
            SecureRandom random = new SecureRandom();
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            Files.createDirectories(file.getParent());
            if (posix()) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            Files.writeString(file, password.toString());
            return password.toString();
        } catch (IOException e) {
            throw new IllegalStateException("Could not keep the demo password in " + file, e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
