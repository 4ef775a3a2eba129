package org.sangsaeng.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sangsaeng.engine.ProcessTest;

/**
 * coop-proposal.bpmn (with member-vote.bpmn) on Zeebe's in-memory engine; the test plays the
 * workers and the people.
 */
class CoopProposalProcessTests extends ProcessTest {

    CoopProposalProcessTests() {
        super("member-vote.bpmn", "coop-proposal.bpmn");
    }

    @Test
    void anAcceptedProposalThatPassesIsRecordedAsDecided() throws Exception {
        long instance = start(7);
        leaderReviews(true);
        openVote();
        votes("PASSED", 2, 1, 0);

        ActivatedJob record = engine.single("proposal-record-outcome");
        assertThat(record.getVariablesAsMap())
                .containsEntry("proposalId", 7)
                .containsEntry("voteOutcome", "PASSED")
                .containsEntry("voteYes", 2)
                .containsEntry("voteNo", 1)
                .containsEntry("voteElectorate", 3)
                .containsEntry("rulesVersion", 1);
        engine.complete(record, Map.of());
        assertThat(engine.completedElements(instance))
                .containsSubsequence(
                        "ReviewProposalTask",
                        "OpenProposalVoteTask",
                        "MemberVoteCallActivity",
                        "RecordDecisionTask",
                        "ProposalDecidedEndEvent",
                        "coop-proposal");
    }

    @Test
    void anAcceptedProposalThatFailsIsRecordedTooWithItsCounts() throws Exception {
        long instance = start(8);
        leaderReviews(true);
        openVote();
        votes("FAILED", 1, 2, 0);

        ActivatedJob record = engine.single("proposal-record-outcome");
        assertThat(record.getVariablesAsMap())
                .containsEntry("voteOutcome", "FAILED")
                .containsEntry("voteNo", 2);
        engine.complete(record, Map.of());
        assertThat(engine.completedElements(instance))
                .endsWith("ProposalDecidedEndEvent", "coop-proposal");
    }

    @Test
    void aDeclinedProposalTellsTheAuthorAndNeverComesToAVote() throws Exception {
        long instance = start(9);
        leaderReviews(false);

        engine.complete(engine.single("proposal-decline"), Map.of());
        assertThat(engine.completedElements(instance))
                .endsWith("ProposalDeclinedEndEvent", "coop-proposal");
        assertThat(engine.activate("vote-open")).isEmpty();
    }

    @Test
    void aWithdrawnProposalEndsTheReviewTaskAndNeverComesToAVote() throws Exception {
        long instance = start(10);
        assertThat(engine.activate(USER_TASK)).as("the leader's review waits").hasSize(1);

        engine.client()
                .newPublishMessageCommand()
                .messageName("proposal-withdrawn")
                .correlationKey("10")
                .send()
                .join();
        engine.complete(engine.single("proposal-withdrawn"), Map.of());
        assertThat(engine.completedElements(instance))
                .contains("ProposalWithdrawnBoundaryEvent")
                .endsWith("ProposalWithdrawnEndEvent", "coop-proposal");
        assertThat(engine.activate("vote-open")).isEmpty();
    }

    @Test
    void aLeaderWhoLeavesTheReviewIsRemindedThenTheFoundationIsToldAndALateReviewStillCounts()
            throws Exception {
        long instance = start(11);
        ActivatedJob review = engine.single(USER_TASK);
        assertThat(review.getCustomHeaders()).containsKey("io.camunda.zeebe:dueDate");

        // The rules' decision time (48 h by default), the reminder the rules' lead (24 h) before
        // it.
        engine.remindsThenEscalates(
                "ReviewProposalTask", Duration.ofHours(48), Duration.ofHours(24), "foundation");

        engine.complete(review, Map.of("accepted", true, "completedBy", "kim.bakery"));
        assertThat(engine.activate("proposal-open-vote")).hasSize(1);
        assertThat(engine.completedElements(instance))
                .contains("RemindLeaderTask", "EscalateReviewTask", "ReviewProposalTask");
    }

    @Test
    void theVoteRemindsVotersAtTheLeadTimeTheCoopRulesSet() throws Exception {
        start(12);
        leaderReviews(true);
        Instant deadline = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        engine.complete(
                engine.single("proposal-open-vote"),
                Map.of("voteDeadline", deadline.toString(), "reminderLead", "PT48H"));
        engine.complete(engine.single("vote-open"), Map.of("voteId", 5, "electorate", MEMBERS));
        engine.activate(USER_TASK);

        engine.increaseTime(Duration.ofHours(23));
        assertThat(engine.activate("task-remind"))
                .as("not yet: 48 h before the deadline is a day away")
                .isEmpty();
        engine.increaseTime(Duration.ofHours(2));
        assertThat(engine.single("task-remind").getCustomHeaders())
                .containsEntry("taskElementId", "CastVoteTask");
    }

    @Test
    void aLeadersOwnProposalIsReviewedByTheGroupTheAppNames() throws Exception {
        start(13, List.of("foundation"));
        assertThat(engine.single(USER_TASK).getCustomHeaders())
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"foundation\"]");
    }

    private long start(long proposalId) {
        return start(proposalId, List.of("coop:1:leader"));
    }

    private long start(long proposalId, List<String> reviewGroups) {
        Map<String, Object> v =
                new HashMap<>(
                        Map.of(
                                "proposalId",
                                proposalId,
                                "coopId",
                                1,
                                "voteTitle",
                                "장날 공동 할인 행사",
                                "rulesVersion",
                                1,
                                "quorumPercent",
                                50,
                                "approvalRule",
                                "SIMPLE_MAJORITY",
                                "reasonRequiredForNo",
                                false,
                                "businessKey",
                                "coop-proposal-" + proposalId));
        v.put("reminderLead", "PT24H");
        v.put("reviewGroups", reviewGroups);
        v.put("reviewDue", engine.inEngineTime(Duration.ofHours(48)));
        return engine.start("coop-proposal", v);
    }

    private void leaderReviews(boolean accepted) throws Exception {
        ActivatedJob review = engine.single(USER_TASK);
        assertThat(review.getCustomHeaders())
                .containsEntry("io.camunda.zeebe:formKey", "coop-proposal-review")
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"coop:1:leader\"]");
        engine.complete(review, Map.of("accepted", accepted, "completedBy", "kim.bakery"));
    }

    private void openVote() throws Exception {
        engine.complete(
                engine.single("proposal-open-vote"),
                Map.of(
                        "voteDeadline",
                        Instant.now()
                                .plus(Duration.ofDays(3))
                                .truncatedTo(ChronoUnit.SECONDS)
                                .toString(),
                        "reminderLead",
                        "PT24H"));
        ActivatedJob open = engine.single("vote-open");
        assertThat(open.getVariablesAsMap())
                .containsEntry(
                        "businessKey",
                        "coop-proposal-" + open.getVariablesAsMap().get("proposalId"))
                .containsEntry("quorumPercent", 50);
        engine.complete(open, Map.of("voteId", 5, "electorate", MEMBERS));
    }

    private void votes(String outcome, int yes, int no, int abstain) throws Exception {
        for (ActivatedJob task : engine.activate(USER_TASK)) {
            engine.complete(
                    task,
                    Map.of(
                            "completedBy",
                            task.getCustomHeaders().get("io.camunda.zeebe:assignee")));
        }
        engine.complete(
                engine.single("vote-close"),
                Map.of(
                        "voteOutcome",
                        outcome,
                        "voteYes",
                        yes,
                        "voteNo",
                        no,
                        "voteAbstain",
                        abstain,
                        "voteElectorate",
                        yes + no + abstain));
    }
}
