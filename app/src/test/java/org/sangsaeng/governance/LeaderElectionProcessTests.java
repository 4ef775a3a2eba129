package org.sangsaeng.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sangsaeng.engine.ProcessTest;
import org.sangsaeng.engine.ProcessTestEngine;

/**
 * leader-election.bpmn (with member-vote.bpmn) on Zeebe's in-memory engine; the test plays the
 * workers and the people.
 */
class LeaderElectionProcessTests extends ProcessTest {

    static final List<String> CANDIDATES = List.of("kim.bakery", "park.butcher");

    LeaderElectionProcessTests() {
        super("member-vote.bpmn", "leader-election.bpmn");
    }

    @Test
    void aSingleWinnerWithAQuorumBecomesLeader() throws Exception {
        long instance = start(1);
        ActivatedJob open = engine.single("election-open");
        assertThat(open.getVariablesAsMap())
                .containsEntry("electionId", 1)
                .containsEntry("coopId", 9);
        opened(engine, open, 1, MEMBERS);
        votesAndCloses(engine, "PASSED", "park.butcher");

        ActivatedJob install = engine.single("election-install-leader");
        assertThat(install.getVariablesAsMap())
                .containsEntry("voteElected", "park.butcher")
                .containsEntry("electionId", 1);
        engine.complete(install, Map.of());
        assertThat(engine.completedElements(instance))
                .containsSubsequence(
                        "OpenElectionTask",
                        "MemberVoteCallActivity",
                        "InstallLeaderTask",
                        "LeaderInstalledEndEvent",
                        "leader-election");
        assertThat(engine.completedElements(instance)).doesNotContain("AppointLeaderTask");
    }

    @Test
    void aTieLeavesTheChoiceToTheFoundationWhichAppointsOneOfTheCandidates() throws Exception {
        long instance = start(2);
        opened(engine, engine.single("election-open"), 2, MEMBERS);
        votesAndCloses(engine, "FAILED", null);

        engine.complete(
                engine.single("election-no-winner"),
                Map.of("appointDue", engine.inEngineTime(Duration.ofHours(48))));
        ActivatedJob appoint = engine.single(USER_TASK);
        assertThat(appoint.getCustomHeaders())
                .containsEntry("io.camunda.zeebe:formKey", "leader-election-appoint")
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"foundation\"]")
                .containsKey("io.camunda.zeebe:dueDate");
        engine.complete(
                appoint, Map.of("appointedLeader", "kim.bakery", "completedBy", "officer.han"));
        engine.complete(engine.single("election-install-leader"), Map.of());
        assertThat(engine.completedElements(instance))
                .containsSubsequence(
                        "MemberVoteCallActivity",
                        "NoWinnerTask",
                        "AppointLeaderTask",
                        "InstallLeaderTask",
                        "LeaderInstalledEndEvent");
    }

    @Test
    void withoutAQuorumTheFoundationIsRemindedThenEscalatedToAppoint() throws Exception {
        start(3);
        opened(engine, engine.single("election-open"), 3, MEMBERS);
        votesAndCloses(engine, "NO_QUORUM", null);
        engine.complete(
                engine.single("election-no-winner"),
                Map.of("appointDue", engine.inEngineTime(Duration.ofHours(48))));
        ActivatedJob appoint = engine.single(USER_TASK);

        engine.remindsThenEscalates(
                "AppointLeaderTask", Duration.ofHours(48), Duration.ofDays(1), "foundation");
        engine.complete(
                appoint, Map.of("appointedLeader", "park.butcher", "completedBy", "officer.han"));
        assertThat(engine.activate("election-install-leader")).hasSize(1);
    }

    /**
     * Completes election-open as the worker does: the ballot's candidates and the vote's schedule,
     * then vote-open.
     */
    static void opened(
            ProcessTestEngine engine, ActivatedJob open, long electionId, List<String> electorate)
            throws Exception {
        Map<String, Object> v = new HashMap<>();
        v.put("electionId", electionId);
        v.put("businessKey", "leader-election-" + electionId);
        v.put("candidates", CANDIDATES);
        v.put("voteTitle", "조합장 선거");
        v.put("voteDeadline", engine.inEngineTime(Duration.ofDays(3)));
        v.put("quorumPercent", 50);
        v.put("approvalRule", "SIMPLE_MAJORITY");
        v.put("reasonRequiredForNo", false);
        v.put("reminderLead", "PT24H");
        engine.complete(open, v);
        ActivatedJob voteOpen = engine.single("vote-open");
        assertThat(voteOpen.getVariablesAsMap())
                .containsEntry("candidates", CANDIDATES)
                .containsEntry("businessKey", "leader-election-" + electionId);
        engine.complete(voteOpen, Map.of("voteId", 70 + electionId, "electorate", electorate));
    }

    /**
     * Every voter votes; vote-close reports the outcome and the winner (null on a tie or no
     * quorum).
     */
    static void votesAndCloses(ProcessTestEngine engine, String outcome, String elected)
            throws Exception {
        List<ActivatedJob> ballots = engine.activate(USER_TASK);
        assertThat(ballots)
                .allSatisfy(
                        t ->
                                assertThat(t.getCustomHeaders())
                                        .containsEntry("io.camunda.zeebe:formKey", "member-vote"));
        ballots.forEach(
                t ->
                        engine.complete(
                                t,
                                Map.of(
                                        "completedBy",
                                        t.getCustomHeaders().get("io.camunda.zeebe:assignee"))));
        Map<String, Object> result = new HashMap<>();
        result.put("voteOutcome", outcome);
        result.put("voteElected", elected);
        result.put("voteCandidateVotes", Map.of("kim.bakery", 1, "park.butcher", 2));
        result.put("voteAbstain", 0);
        result.put("voteElectorate", ballots.size());
        engine.complete(engine.single("vote-close"), result);
    }

    private long start(long electionId) {
        return engine.start(
                "leader-election",
                Map.of(
                        "electionId",
                        electionId,
                        "coopId",
                        9,
                        "businessKey",
                        "leader-election-" + electionId));
    }
}
