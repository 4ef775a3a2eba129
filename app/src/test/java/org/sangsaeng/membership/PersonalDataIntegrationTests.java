package org.sangsaeng.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.web.BadInput;
import org.sangsaeng.web.BadInputTest;
import org.sangsaeng.web.BasicAuth;
import org.sangsaeng.web.LocalHttp;
import tools.jackson.databind.JsonNode;

/**
 * A person reads what the app holds about them, and leaves: their account is anonymised, their rows
 * stay.
 */
class PersonalDataIntegrationTests extends BadInputTest {

    @Test
    void aMemberReadsTheirOwnData() {
        JsonNode data = BadInput.tree(bad.ok("GET", "/api/v1/me/data", f.member(), null));
        assertThat(data.get("account").get("username").asString()).isEqualTo(f.member());
        assertThat(data.get("account").get("displayName").asString()).isEqualTo("박조합원");
        assertThat(data.get("memberships")).hasSize(1);
        assertThat(data.get("memberships").get(0).get("shopName").asString()).isEqualTo("박씨네");
        assertThat(data.get("memberships").get(0).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(data.get("applications")).isEmpty();
        assertThat(data.toString()).doesNotContain("password");
    }

    @Test
    void leavingNeedsThePasswordAndAnonymisesTheAccountKeepingItsMemberships() throws Exception {
        long id =
                jdbc.queryForObject(
                        "select id from app_user where username = ?", Long.class, f.member());
        Supplier<?> person =
                bad.rows(
                        "select username, display_name, enabled, password_hash from app_user where id = ?"
                                + " union all select status, shop_name, coop_id, id from membership where user_id = ?",
                        id,
                        id);

        bad.refused(
                400,
                "POST",
                "/api/v1/me/leave",
                f.member(),
                "{\"password\":\"not-my-password\"}",
                person);
        bad.refused(400, "POST", "/api/v1/me/leave", f.member(), "{}", person);

        bad.ok(
                "POST",
                "/api/v1/me/leave",
                f.member(),
                "{\"password\":" + BadInput.json(Fixtures.PASSWORD) + "}");

        assertThat(
                        jdbc.queryForObject(
                                "select username from app_user where id = ?", String.class, id))
                .isEqualTo("left-" + id);
        assertThat(
                        jdbc.queryForList(
                                "select status from membership where user_id = ?",
                                String.class,
                                id))
                .containsExactly("LEFT");
        assertThat(LocalHttp.get(port, "/api/v1/me", BasicAuth.of(f.member())).statusCode())
                .isEqualTo(401);
    }
}
