package org.sangsaeng.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.sangsaeng.Fixtures;

/** The Authorization header a client sends to sign in with a username and password. */
public final class BasicAuth {

    private BasicAuth() {}

    /** The header for the user with the password every test account has. */
    public static String of(String user) {
        return of(user, Fixtures.PASSWORD);
    }

    public static String of(String user, String password) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
