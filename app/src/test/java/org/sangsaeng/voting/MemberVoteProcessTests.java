package org.sangsaeng.voting;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sangsaeng.engine.ProcessTest;

/** member-vote.bpmn on Zeebe's in-memory engine. */
class MemberVoteProcessTests extends ProcessTest {

    MemberVoteProcessTests() {
        super("member-vote.bpmn");
    }

    @Test
    void eachMemberOfTheElectorateGetsAVoteTaskAndTheVoteClosesWhenAllHaveVoted() throws Exception {
        long instance = startAndOpen(List.of("kim.bakery", "park.butcher", "lee.banchan"));

        List<ActivatedJob> tasks = engine.activate("io.camunda.zeebe:userTask");
        assertThat(tasks)
                .extracting(t -> t.getCustomHeaders().get("io.camunda.zeebe:assignee"))
                .containsExactlyInAnyOrder("kim.bakery", "park.butcher", "lee.banchan");
        assertThat(tasks)
                .allSatisfy(
                        t ->
                                assertThat(t.getCustomHeaders())
                                        .containsEntry("io.camunda.zeebe:formKey", "member-vote"));
        tasks.forEach(
                t ->
                        engine.complete(
                                t,
                                Map.of(
                                        "completedBy",
                                        t.getCustomHeaders().get("io.camunda.zeebe:assignee"))));

        ActivatedJob close = engine.single("vote-close");
        assertThat(close.getVariablesAsMap()).containsEntry("voteId", 7);
        engine.complete(close, Map.of("voteOutcome", "PASSED"));
        assertThat(engine.completedElements(instance))
                .containsSubsequence(
                        "OpenVoteTask",
                        "CastVoteTask",
                        "CloseVoteTask",
                        "VoteCountedEndEvent",
                        "member-vote");
    }

    @Test
    void theDeadlineClosesTheVoteWhoeverHasNotVotedAfterAReminderTheDayBefore() throws Exception {
        long instance = startAndOpen(List.of("kim.bakery", "park.butcher"));
        List<ActivatedJob> tasks = engine.activate("io.camunda.zeebe:userTask");
        engine.complete(tasks.getFirst(), Map.of("completedBy", "kim.bakery"));

        engine.increaseTime(Duration.ofDays(2).plusHours(1));
        ActivatedJob remind = engine.single("task-remind");
        assertThat(remind.getCustomHeaders()).containsEntry("taskElementId", "CastVoteTask");
        engine.complete(remind, Map.of());
        assertThat(engine.activate("vote-close")).as("still open").isEmpty();

        engine.increaseTime(Duration.ofDays(1));
        engine.complete(engine.single("vote-close"), Map.of("voteOutcome", "NO_QUORUM"));
        assertThat(engine.completedElements(instance))
                .contains(
                        "RemindVotersTask",
                        "VoteDeadlineBoundaryEvent",
                        "CloseVoteTask",
                        "member-vote");
    }

    private long startAndOpen(List<String> electorate) throws Exception {
        long instance =
                engine.start(
                        "member-vote",
                        Map.of(
                                "coopId",
                                1,
                                "voteTitle",
                                "계란 공동구매",
                                "voteDeadline",
                                Instant.now()
                                        .plus(Duration.ofDays(3))
                                        .truncatedTo(ChronoUnit.SECONDS)
                                        .toString(),
                                "quorumPercent",
                                50,
                                "approvalRule",
                                "SIMPLE_MAJORITY",
                                "reasonRequiredForNo",
                                false,
                                "businessKey",
                                "group-purchase-1"));
        engine.complete(engine.single("vote-open"), Map.of("voteId", 7, "electorate", electorate));
        return instance;
    }
}
