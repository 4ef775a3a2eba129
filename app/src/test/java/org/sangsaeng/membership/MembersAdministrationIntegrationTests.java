package org.sangsaeng.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.web.BadInput;
import org.sangsaeng.web.BadInputTest;
import tools.jackson.databind.JsonNode;

/**
 * The foundation takes merchants into a co-op and appoints an interim leader: the new leader has
 * the leader's open tasks at once, the former leader no longer does but stays a member, every
 * member is told why, and the change is in the record of administrative changes. Nobody else may
 * appoint, and a bad appointment changes nothing.
 */
class MembersAdministrationIntegrationTests extends BadInputTest {

    static final String APPLICATION =
            "{\"businessType\":\"LAUNDRY\",\"shopName\":\"깨끗한 세탁소\",\"message\":\"함께해요\"}";

    String foundation;
    String leader;
    Supplier<?> memberships;

    @BeforeEach
    void givenAFoundationOfficer() {
        foundation = Fixtures.addFoundationOfficer(accounts, "fd");
        leader = "/api/v1/coops/" + f.coopId() + "/leader";
        memberships =
                bad.rows(
                        "select user_id, role, status from membership where coop_id = ? order by id",
                        f.coopId());
    }

    @Test
    void theInterimLeaderHasTheLeadersOpenTasksAtOnce() {
        bad.ok("POST", "/api/v1/coops/" + f.coopId() + "/applications", f.applicant(), APPLICATION);
        await().atMost(Duration.ofSeconds(30)).until(() -> reviews(f.leader()) == 1);
        assertThat(reviews(f.member())).isZero();

        bad.ok("PUT", leader, foundation, appointment(f.member(), "조합장 입원으로 석 달간 임시 대표"));

        assertThat(reviews(f.member())).as("the new leader's task list").isEqualTo(1);
        assertThat(reviews(f.leader())).as("the former leader's task list").isZero();
        JsonNode members =
                BadInput.tree(
                        bad.ok(
                                "GET",
                                "/api/v1/coops/" + f.coopId() + "/members",
                                f.leader(),
                                null));
        assertThat(members)
                .anySatisfy(
                        m -> {
                            assertThat(m.get("username").asString()).isEqualTo(f.leader());
                            assertThat(m.get("leader").asBoolean())
                                    .as("the former leader stays a member")
                                    .isFalse();
                        });
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from notification n join app_user u on u.id = n.recipient_id"
                                        + " where u.username in (?, ?) and n.body like '%입원%'",
                                Long.class, f.leader(), f.member()))
                .as("every member is told why")
                .isEqualTo(2);
        JsonNode change = latestCoopChange();
        assertThat(change.get("action").asString()).isEqualTo("LEADER_APPOINTED");
        assertThat(change.get("actor").asString()).isEqualTo(foundation);
        assertThat(change.get("before").get("leader").asString()).isEqualTo(f.leader());
        assertThat(change.get("after").get("leader").asString()).isEqualTo(f.member());
        assertThat(change.get("after").get("reason").asString()).contains("입원");
    }

    @Test
    void onlyTheFoundationAppointsAndABadAppointmentChangesNothing() {
        String reason = "임시 대표가 필요합니다";
        bad.refused(403, "PUT", leader, f.leader(), appointment(f.member(), reason), memberships);
        bad.refused(403, "PUT", leader, f.member(), appointment(f.member(), reason), memberships);
        bad.refused(400, "PUT", leader, foundation, appointment(f.member(), "  "), memberships);
        bad.refused(
                400,
                "PUT",
                leader,
                foundation,
                "{\"username\":\"" + f.member() + "\"}",
                memberships);
        bad.refused(
                400,
                "PUT",
                leader,
                foundation,
                appointment(f.member(), "가".repeat(501)),
                memberships);
        assertThat(
                        bad.refused(
                                        400,
                                        "PUT",
                                        leader,
                                        foundation,
                                        appointment(f.applicant(), reason),
                                        memberships)
                                .body())
                .as("not a member of this co-op")
                .contains(f.applicant());
        bad.refused(
                400, "PUT", leader, foundation, appointment(f.otherLeader(), reason), memberships);
        bad.refused(
                400, "PUT", leader, foundation, appointment("no-such-person", reason), memberships);
        bad.refused(400, "PUT", leader, foundation, "{\"reason\":\"" + reason + "\"}", memberships);
        bad.refused(409, "PUT", leader, foundation, appointment(f.leader(), reason), memberships);
        bad.refused(
                404,
                "PUT",
                "/api/v1/coops/999999999/leader",
                foundation,
                appointment(f.member(), reason),
                memberships);
        bad.refusesGarbage("PUT", leader, foundation, memberships);
    }

    @Test
    void theFoundationTakesAMerchantInAndOnlyAMerchant() {
        String members = "/api/v1/coops/" + f.coopId() + "/members";
        bad.ok("POST", members, foundation, member(f.applicant(), "LAUNDRY", "깨끗한 세탁소"));

        JsonNode list = BadInput.tree(bad.ok("GET", members, f.leader(), null));
        assertThat(list)
                .anySatisfy(
                        m -> {
                            assertThat(m.get("username").asString()).isEqualTo(f.applicant());
                            assertThat(m.get("shopName").asString()).isEqualTo("깨끗한 세탁소");
                            assertThat(m.get("leader").asBoolean()).isFalse();
                        });
        JsonNode change = latestCoopChange();
        assertThat(change.get("action").asString()).isEqualTo("MEMBER_ADDED");
        assertThat(change.get("after").get("member").asString()).isEqualTo(f.applicant());

        String supplier = "sp-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount(supplier, Fixtures.PASSWORD, "한맥제분", Set.of(Role.SUPPLIER));
        String stranger = "st-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount(stranger, Fixtures.PASSWORD, "문상인", Set.of());
        bad.refused(
                403, "POST", members, f.leader(), member(stranger, "FISH", "문씨 수산"), memberships);
        assertThat(
                        bad.refusedPost(
                                400,
                                members,
                                foundation,
                                member(supplier, "FISH", "수산"),
                                memberships))
                .contains("error.member.notMerchant");
        bad.refused(
                400,
                "POST",
                members,
                foundation,
                member("no-such-merchant", "FISH", "수산"),
                memberships);
        bad.refused(
                409, "POST", members, foundation, member(f.member(), "FISH", "수산"), memberships);
        bad.refused(400, "POST", members, foundation, member(stranger, "FISH", "  "), memberships);
        bad.refused(
                400, "POST", members, foundation, member(stranger, "CASINO", "수산"), memberships);
        bad.refused(
                400,
                "POST",
                members,
                foundation,
                "{\"username\":\"" + stranger + "\",\"shopName\":\"수산\"}",
                memberships);
        bad.refusesGarbage("POST", members, foundation, memberships);
    }

    private static String member(String username, String businessType, String shopName) {
        return "{\"username\":"
                + BadInput.json(username)
                + ",\"businessType\":\""
                + businessType
                + "\",\"shopName\":"
                + BadInput.json(shopName)
                + "}";
    }

    private long reviews(String user) {
        return BadInput.tree(
                        bad.ok(
                                "GET",
                                "/api/v1/tasks?coopId="
                                        + f.coopId()
                                        + "&processId=membership-application",
                                user,
                                null))
                .get("total")
                .asLong();
    }

    private static String appointment(String username, String reason) {
        return "{\"username\":"
                + BadInput.json(username)
                + ",\"reason\":"
                + BadInput.json(reason)
                + "}";
    }

    /** The newest entry of the foundation's change log for this co-op. */
    private JsonNode latestCoopChange() {
        return BadInput.tree(
                        bad.ok(
                                "GET",
                                "/api/v1/admin/changes?subject=COOP&subjectId=" + f.coopId(),
                                foundation,
                                null))
                .get("items")
                .get(0);
    }
}
