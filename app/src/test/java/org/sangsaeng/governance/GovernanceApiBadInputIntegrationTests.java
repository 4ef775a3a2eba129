package org.sangsaeng.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sangsaeng.web.BadInput.json;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sangsaeng.Fixtures;
import org.sangsaeng.membership.Role;
import org.sangsaeng.web.BadInput;
import org.sangsaeng.web.BadInputTest;

/**
 * The proposals and rules API refuses what it cannot take, changes nothing then, and keeps hostile
 * text as text.
 */
class GovernanceApiBadInputIntegrationTests extends BadInputTest {

    static final String RULES =
            "{\"quorumPercent\":50,\"approvalRule\":\"SIMPLE_MAJORITY\",\"reasonRequiredForNo\":false,"
                    + "\"voteHours\":72,\"reminderLeadHours\":24,\"supplierAnswerHours\":48,\"paymentDueDays\":7,"
                    + "\"priceRiseLimitPercent\":5,\"jobPostReview\":\"LEADER\",\"couponFoundationThresholdWon\":0}";

    String officer;
    Supplier<?> governance;

    @BeforeEach
    void givenACoop() {
        officer = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount(officer, Fixtures.PASSWORD, "재단 직원", Set.of(Role.FOUNDATION));
        governance =
                bad.rows(
                        "select 'p', id, title, body, state, null from coop_proposal where coop_id = ?"
                                + " union all select 'r', version, null, null, null, null from coop_rules where coop_id = ?"
                                + " order by 1, 2",
                        f.coopId(),
                        f.coopId());
    }

    String proposal(String title, String body) {
        return "{\"coopId\":"
                + f.coopId()
                + ",\"title\":"
                + json(title)
                + ",\"body\":"
                + json(body)
                + "}";
    }

    @Test
    void garbageIsRefusedOnEveryWriteEndpoint() {
        bad.refusesGarbage("POST", "/api/v1/proposals", f.member(), governance);
        bad.refusesGarbage("PUT", "/api/v1/coops/" + f.coopId() + "/rules", officer, governance);
    }

    static Stream<Arguments> badProposals() {
        return Stream.of(
                Arguments.of("coopId as text", "coopId", "\"우리 조합\""),
                Arguments.of("no title", "title", "null"),
                Arguments.of("title too long", "title", json("가".repeat(201))),
                Arguments.of("blank body", "body", "\" \""),
                Arguments.of("rules as text", "body", "\"내용\",\"rules\":\"정족수 10\""),
                Arguments.of(
                        "quorum above 100",
                        "body",
                        "\"내용\",\"rules\":" + RULES.replace("50", "500")),
                Arguments.of(
                        "unknown approval rule",
                        "body",
                        "\"내용\",\"rules\":" + RULES.replace("SIMPLE_MAJORITY", "WHOEVER_SHOUTS")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProposals")
    void badProposalsAreRefusedWithAMessage(String what, String field, String value) {
        bad.refused(
                400,
                "POST",
                "/api/v1/proposals",
                f.member(),
                BadInput.with(proposal("시장의 날 할인", "10% 할인"), field, value),
                governance);
    }

    @Test
    void strangersUnknownIdsAndOtherCoopsAreRefused() {
        long id = proposed();
        bad.refused(
                403,
                "POST",
                "/api/v1/proposals",
                f.otherLeader(),
                proposal("남의 조합", "안건"),
                governance);
        bad.refused(
                404,
                "POST",
                "/api/v1/proposals",
                f.member(),
                proposal("없는 조합", "안건").replace("\"coopId\":" + f.coopId(), "\"coopId\":987654321"),
                governance);
        bad.refused(404, "GET", "/api/v1/proposals/" + id, f.otherLeader(), null, governance);
        bad.refused(
                404,
                "POST",
                "/api/v1/proposals/" + id + "/withdraw",
                f.otherLeader(),
                null,
                governance);
        bad.refused(
                403, "POST", "/api/v1/proposals/" + id + "/withdraw", f.leader(), null, governance);
        bad.refused(404, "GET", "/api/v1/proposals/987654321", f.member(), null, governance);
        bad.refused(
                403,
                "GET",
                "/api/v1/coops/" + f.coopId() + "/proposals",
                f.otherLeader(),
                null,
                governance);
        bad.refused(
                403,
                "PUT",
                "/api/v1/coops/" + f.coopId() + "/rules",
                f.leader(),
                "{\"rules\":" + RULES + ",\"note\":\"직접 바꾸기\"}",
                governance);
        bad.refused(
                400,
                "PUT",
                "/api/v1/coops/" + f.coopId() + "/rules",
                officer,
                "{\"rules\":"
                        + RULES.replace("\"voteHours\":72", "\"voteHours\":-1")
                        + ",\"note\":\"음수\"}",
                governance);
        bad.refused(
                400,
                "PUT",
                "/api/v1/coops/" + f.coopId() + "/rules",
                officer,
                "{\"note\":\"규칙 없음\"}",
                governance);
        bad.refused(
                404,
                "PUT",
                "/api/v1/coops/987654321/rules",
                officer,
                "{\"rules\":" + RULES + ",\"note\":\"없는 조합\"}",
                bad.tables("coop_rules"));
        bad.refused(404, "GET", "/api/v1/coops/987654321/rules", officer, null, governance);
    }

    @Test
    void withdrawingTwiceIsRefused() {
        long id = proposed();
        bad.ok("POST", "/api/v1/proposals/" + id + "/withdraw", f.member(), null);
        bad.refused(
                409, "POST", "/api/v1/proposals/" + id + "/withdraw", f.member(), null, governance);
    }

    @ParameterizedTest
    @MethodSource("org.sangsaeng.web.BadInput#hostileTexts")
    void scriptAndSqlAreKeptAsPlainText(String hostile) {
        noSqlRunBy(
                () -> {
                    long id =
                            BadInput.id(
                                    bad.ok(
                                            "POST",
                                            "/api/v1/proposals",
                                            f.member(),
                                            proposal(hostile, hostile)));
                    var read =
                            BadInput.tree(
                                    bad.ok("GET", "/api/v1/proposals/" + id, f.leader(), null));
                    assertThat(read.get("title").asString()).isEqualTo(hostile);
                    assertThat(read.get("body").asString()).isEqualTo(hostile);
                });
    }

    /** The member proposes the market-day discount; its id. */
    private long proposed() {
        return BadInput.id(
                bad.ok("POST", "/api/v1/proposals", f.member(), proposal("시장의 날 할인", "10% 할인")));
    }
}
