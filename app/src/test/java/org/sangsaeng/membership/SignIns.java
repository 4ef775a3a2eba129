package org.sangsaeng.membership;

import static org.assertj.core.api.Assertions.assertThat;

import org.sangsaeng.web.BadInput;
import org.sangsaeng.web.BasicAuth;

/** What still signs in after a member's password changes. */
final class SignIns {

    private SignIns() {}

    /** The new password signs in; the old one and a token made before the change do not. */
    static void onlyTheNewPasswordSignsIn(
            BadInput bad, String user, String old, String chosen, String tokenFromBefore) {
        assertThat(bad.status("/api/v1/me", BasicAuth.of(user, old)))
                .as("the old password")
                .isEqualTo(401);
        assertThat(bad.status("/api/v1/me", BasicAuth.of(user, chosen)))
                .as("the new password")
                .isEqualTo(200);
        assertThat(bad.status("/api/v1/me", "Bearer " + tokenFromBefore))
                .as("a token made before the change")
                .isEqualTo(401);
    }
}
