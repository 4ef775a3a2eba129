package org.sangsaeng.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sangsaeng.web.BadInput.json;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sangsaeng.web.BadInputTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The vote API refuses bad ballots, strangers and late ballots, and records nothing then. */
class VoteApiBadInputIntegrationTests extends BadInputTest {

    @Autowired VoteService votes;

    long voteId;
    String ballot;
    Supplier<?> ballots;

    @BeforeEach
    void givenAnOpenVote() {
        voteId =
                votes.open(
                                new OpenVote(
                                        "bad-input-" + UUID.randomUUID(),
                                        f.coopId(),
                                        "밀가루 공동구매",
                                        Instant.now().plus(1, ChronoUnit.DAYS),
                                        new VoteRules(
                                                50, ApprovalRule.SIMPLE_MAJORITY, null, true)))
                        .voteId();
        ballot = "/api/v1/votes/" + voteId + "/ballot";
        ballots =
                bad.rows(
                        "select b.id, b.choice, b.reason, v.status from vote v left join vote_ballot b"
                                + " on b.vote_id = v.id where v.id = ? order by b.id",
                        voteId);
    }

    @Test
    void garbageIsRefused() {
        bad.refusesGarbage("POST", ballot, f.member(), ballots);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "{\"choice\":null}",
                "{\"choice\":\"MAYBE\"}",
                "{\"choice\":1}",
                "{\"choice\":[\"YES\"]}",
                "{\"choice\":\"NO\"}",
                "{\"choice\":\"NO\",\"reason\":\"   \"}"
            })
    void badBallotsAreRefusedWithAMessage(String body) {
        bad.refused(400, "POST", ballot, f.member(), body, ballots);
    }

    @Test
    void reasonsOver1000CharactersAreRefused() {
        bad.refused(
                400,
                "POST",
                ballot,
                f.member(),
                "{\"choice\":\"NO\",\"reason\":" + json("가".repeat(1001)) + "}",
                ballots);
    }

    @Test
    void strangersUnknownVotesAndLateBallotsAreRefused() {
        bad.refused(403, "POST", ballot, f.otherLeader(), "{\"choice\":\"YES\"}", ballots);
        bad.refused(403, "POST", ballot, f.applicant(), "{\"choice\":\"YES\"}", ballots);
        bad.refused(404, "GET", "/api/v1/votes/" + voteId, f.otherLeader(), null, ballots);
        bad.refused(
                404,
                "POST",
                "/api/v1/votes/987654321/ballot",
                f.member(),
                "{\"choice\":\"YES\"}",
                ballots);
        bad.refused(
                400,
                "POST",
                "/api/v1/votes/-x/ballot",
                f.member(),
                "{\"choice\":\"YES\"}",
                ballots);

        bad.ok("POST", ballot, f.member(), "{\"choice\":\"YES\"}");
        votes.close(voteId);
        bad.refused(
                409,
                "POST",
                ballot,
                f.member(),
                "{\"choice\":\"NO\",\"reason\":\"다시 생각해 보니\"}",
                ballots);
        bad.refused(409, "POST", ballot, f.leader(), "{\"choice\":\"YES\"}", ballots);
    }

    @ParameterizedTest
    @MethodSource("org.sangsaeng.web.BadInput#hostileTexts")
    void scriptAndSqlInAReasonAreStoredAsText(String hostile) {
        noSqlRunBy(
                () -> {
                    bad.ok(
                            "POST",
                            ballot,
                            f.member(),
                            "{\"choice\":\"NO\",\"reason\":" + json(hostile) + "}");
                    assertThat(
                                    jdbc.queryForObject(
                                            "select reason from vote_ballot where vote_id = ?",
                                            String.class,
                                            voteId))
                            .isEqualTo(hostile);
                });
    }
}
