package org.sangsaeng.shared;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The folder relative paths in our configuration start from: the project root when started by
 * {@code ./sangsaeng run}, or whatever {@code sangsaeng.home} says.
 */
@Component
public class SangsaengHome {

    private final Path root;

    public SangsaengHome(@Value("${sangsaeng.home:.}") String home) {
        this.root = Path.of(home).toAbsolutePath().normalize();
    }

    public Path resolve(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() ? p : root.resolve(p).normalize();
    }
}
