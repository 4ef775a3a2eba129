package org.sangsaeng.shared;

import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where phones reach the app ({@code SANGSAENG_PUBLIC_URL}): every link in a message, a QR code or
 * a page's sharing tags starts with it. Checked once at start-up, so a typo stops the app with its
 * reason instead of sending links nobody can open.
 */
@Component
public final class PublicAddress {

    private final String base;

    public PublicAddress(@Value("${sangsaeng.public-url:http://localhost:8080}") String url) {
        this.base = checked(url);
    }

    /** The address without a trailing slash, e.g. {@code https://sangsaeng.example.kr}. */
    public String base() {
        return base;
    }

    /**
     * The absolute address of an app path ({@code /c/abc} or {@code tasks/12}); absolute links stay
     * as they are.
     */
    public String of(String path) {
        if (path.startsWith("https://") || path.startsWith("http://")) {
            return path;
        }
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    private static String checked(String url) {
        String stripped = url == null ? "" : url.strip();
        try {
            URI uri = new URI(stripped);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getQuery() == null
                    && uri.getFragment() == null) {
                return stripped.endsWith("/")
                        ? stripped.substring(0, stripped.length() - 1)
                        : stripped;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                "SANGSAENG_PUBLIC_URL must be the app's absolute http(s) address"
                        + " without query, e.g. https://sangsaeng.example.kr, was '"
                        + url
                        + "'");
    }
}
