package org.sangsaeng.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sangsaeng.web.BadInput.json;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sangsaeng.web.BadInput;
import org.sangsaeng.web.BadInputTest;

/**
 * The membership API refuses what it cannot take, changes nothing then, and keeps hostile text as
 * text.
 */
class MembershipApiBadInputIntegrationTests extends BadInputTest {

    static final String APPLICATION =
            "{\"businessType\":\"LAUNDRY\",\"shopName\":\"깨끗한 세탁소\",\"message\":\"함께해요\"}";

    String applications;
    Supplier<?> memberships;

    @BeforeEach
    void givenACoop() {
        applications = "/api/v1/coops/" + f.coopId() + "/applications";
        memberships =
                bad.rows(
                        "select 'a', id, shop_name, message, status from membership_application where coop_id = ?"
                                + " union all select 'm', id, null, null, null from membership where coop_id = ? order by 1, 2",
                        f.coopId(),
                        f.coopId());
    }

    @Test
    void garbageIsRefused() {
        bad.refusesGarbage("POST", applications, f.applicant(), memberships);
    }

    static Stream<Arguments> badApplications() {
        return Stream.of(
                Arguments.of("unknown business type", "businessType", "\"CASINO\""),
                Arguments.of("no business type", "businessType", "null"),
                Arguments.of("shop name as number", "shopName", "[1]"),
                Arguments.of("blank shop name", "shopName", "\"  \""),
                Arguments.of("shop name too long", "shopName", json("가".repeat(101))),
                Arguments.of("message too long", "message", json("가".repeat(1001))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badApplications")
    void badApplicationsAreRefusedWithAMessage(String what, String field, String value) {
        bad.refused(
                400,
                "POST",
                applications,
                f.applicant(),
                BadInput.with(APPLICATION, field, value),
                memberships);
    }

    @Test
    void unknownIdsStrangersAndRepeatsAreRefused() {
        bad.refused(
                404,
                "POST",
                "/api/v1/coops/987654321/applications",
                f.applicant(),
                APPLICATION,
                bad.tables("membership_application"));
        bad.refused(
                400,
                "POST",
                "/api/v1/coops/abc/applications",
                f.applicant(),
                APPLICATION,
                memberships);
        bad.refused(409, "POST", applications, f.member(), APPLICATION, memberships);
        long id = BadInput.id(bad.ok("POST", applications, f.applicant(), APPLICATION));
        bad.refused(409, "POST", applications, f.applicant(), APPLICATION, memberships);
        bad.refused(404, "GET", "/api/v1/applications/" + id, f.otherLeader(), null, memberships);
        bad.refused(404, "GET", "/api/v1/applications/987654321", f.applicant(), null, memberships);
        bad.refused(
                403,
                "GET",
                "/api/v1/coops/" + f.coopId() + "/members",
                f.otherLeader(),
                null,
                memberships);
        bad.refused(404, "GET", "/api/v1/no-such-thing", f.member(), null, memberships);
        bad.refused(405, "DELETE", "/api/v1/me", f.member(), null, memberships);
    }

    @ParameterizedTest
    @MethodSource("org.sangsaeng.web.BadInput#hostileTexts")
    void scriptAndSqlAreKeptAsPlainText(String hostile) {
        noSqlRunBy(
                () -> {
                    String body =
                            BadInput.with(
                                    BadInput.with(
                                            APPLICATION,
                                            "shopName",
                                            json(
                                                    hostile.substring(
                                                            0, Math.min(40, hostile.length())))),
                                    "message",
                                    json(hostile));
                    long id = BadInput.id(bad.ok("POST", applications, f.applicant(), body));
                    var read =
                            BadInput.tree(
                                    bad.ok(
                                            "GET",
                                            "/api/v1/applications/" + id,
                                            f.applicant(),
                                            null));
                    assertThat(read.get("shopName").asString())
                            .isEqualTo(hostile.substring(0, Math.min(40, hostile.length())));
                    assertThat(read.get("message").asString()).isEqualTo(hostile);
                });
    }
}
