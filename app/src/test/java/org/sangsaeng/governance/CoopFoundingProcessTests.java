package org.sangsaeng.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sangsaeng.engine.ProcessTest;

/**
 * coop-founding.bpmn (with leader-election.bpmn and member-vote.bpmn) on Zeebe's in-memory engine;
 * the test plays the workers and the people.
 */
class CoopFoundingProcessTests extends ProcessTest {

    static final String ASSIGNEE = "io.camunda.zeebe:assignee";

    /** The founders other than the proposer (kim.bakery), who confirmed by proposing. */
    static final List<String> OTHERS =
            List.of("park.butcher", "lee.banchan", "choi.ricecake", "jung.fruit");

    CoopFoundingProcessTests() {
        super("member-vote.bpmn", "leader-election.bpmn", "coop-founding.bpmn");
    }

    @Test
    void everyFounderConfirmsTheFoundationApprovesAndTheMembersElectTheirLeader() throws Exception {
        long instance = start(1);
        List<ActivatedJob> confirms = engine.activate(USER_TASK);
        assertThat(confirms)
                .extracting(t -> t.getCustomHeaders().get(ASSIGNEE))
                .containsExactlyInAnyOrderElementsOf(OTHERS);
        assertThat(confirms)
                .allSatisfy(
                        t ->
                                assertThat(t.getCustomHeaders())
                                        .containsEntry(
                                                "io.camunda.zeebe:formKey", "coop-founding-confirm")
                                        .containsKey("io.camunda.zeebe:dueDate"));
        confirms.forEach(
                t -> engine.complete(t, Map.of("completedBy", t.getCustomHeaders().get(ASSIGNEE))));

        engine.complete(
                engine.single("founding-confirmed"),
                Map.of("reviewDue", engine.inEngineTime(Duration.ofHours(48))));
        foundationReviews(true);
        ActivatedJob create = engine.single("founding-create-coop");
        assertThat(create.getVariablesAsMap()).containsEntry("foundingId", 1);
        engine.complete(create, Map.of("coopId", 9));

        ActivatedJob open = engine.single("election-open");
        assertThat(open.getVariablesAsMap())
                .containsEntry("foundingId", 1)
                .containsEntry("coopId", 9);
        LeaderElectionProcessTests.opened(engine, open, 3, OTHERS);
        LeaderElectionProcessTests.votesAndCloses(engine, "PASSED", "park.butcher");
        engine.complete(engine.single("election-install-leader"), Map.of());

        assertThat(engine.completedElements(instance))
                .containsSubsequence(
                        "ConfirmFoundingTask",
                        "FoundersConfirmedTask",
                        "ReviewFoundingTask",
                        "CreateCoopTask",
                        "LeaderElectionCallActivity",
                        "CoopFoundedEndEvent",
                        "coop-founding");
    }

    @Test
    void oneFounderWhoDeclinesEndsTheFoundingAndTheOtherConfirmTasksAreCancelled()
            throws Exception {
        long instance = start(2);
        List<ActivatedJob> confirms = engine.activate(USER_TASK);
        engine.complete(
                confirms.get(0),
                Map.of("completedBy", confirms.get(0).getCustomHeaders().get(ASSIGNEE)));
        engine.complete(
                confirms.get(1),
                Map.of(
                        "declined",
                        true,
                        "completedBy",
                        confirms.get(1).getCustomHeaders().get(ASSIGNEE)));

        ActivatedJob declined = engine.single("founding-declined");
        assertThat(declined.getVariablesAsMap()).containsEntry("foundingId", 2);
        engine.complete(declined, Map.of());
        assertThat(engine.completedElements(instance))
                .endsWith("DeclineFoundingTask", "FoundingDeclinedEndEvent", "coop-founding");
        assertThat(engine.activate(USER_TASK)).as("the other founders' tasks are gone").isEmpty();
        assertThat(engine.activate("founding-confirmed")).isEmpty();
    }

    @Test
    void foundersWhoDoNotAnswerAreRemindedADayBeforeAndTheFoundingEndsAtTheDueTime()
            throws Exception {
        long instance = start(3);
        engine.activate(USER_TASK);

        engine.increaseTime(Duration.ofHours(23));
        assertThat(engine.activate("task-remind")).as("not yet").isEmpty();
        engine.increaseTime(Duration.ofHours(2));
        ActivatedJob remind = engine.single("task-remind");
        assertThat(remind.getCustomHeaders()).containsEntry("taskElementId", "ConfirmFoundingTask");
        engine.complete(remind, Map.of());

        engine.increaseTime(Duration.ofHours(24));
        engine.complete(engine.single("founding-declined"), Map.of());
        assertThat(engine.completedElements(instance))
                .contains(
                        "RemindFoundersTask",
                        "ConfirmDeadlineBoundaryEvent",
                        "DeclineFoundingTask",
                        "FoundingDeclinedEndEvent");
    }

    @Test
    void theFoundationRejectsWithAReasonAndTheFoundersAreTold() throws Exception {
        long instance = start(4);
        allConfirm();
        foundationReviews(false);
        engine.complete(engine.single("founding-rejected"), Map.of());
        assertThat(engine.activate("founding-create-coop")).isEmpty();
        assertThat(engine.completedElements(instance))
                .endsWith("RejectFoundingTask", "FoundingRejectedEndEvent", "coop-founding");
    }

    @Test
    void aFoundationThatLeavesTheReviewIsRemindedThenEscalatedAndALateApprovalStillCounts()
            throws Exception {
        start(5);
        allConfirm();
        ActivatedJob review = engine.single(USER_TASK);
        engine.remindsThenEscalates(
                "ReviewFoundingTask", Duration.ofHours(48), Duration.ofDays(1), "foundation");
        engine.complete(review, Map.of("approved", true, "completedBy", "officer.han"));
        assertThat(engine.activate("founding-create-coop")).hasSize(1);
    }

    private long start(long foundingId) {
        Map<String, Object> v = new HashMap<>();
        v.put("foundingId", foundingId);
        v.put("proposer", "kim.bakery");
        v.put("founders", OTHERS);
        v.put("declined", false);
        v.put("confirmDue", engine.inEngineTime(Duration.ofHours(48)));
        v.put("businessKey", "coop-founding-" + foundingId);
        return engine.start("coop-founding", v);
    }

    private void allConfirm() throws Exception {
        engine.activate(USER_TASK)
                .forEach(
                        t ->
                                engine.complete(
                                        t,
                                        Map.of("completedBy", t.getCustomHeaders().get(ASSIGNEE))));
        engine.complete(
                engine.single("founding-confirmed"),
                Map.of("reviewDue", engine.inEngineTime(Duration.ofHours(48))));
    }

    private void foundationReviews(boolean approved) throws Exception {
        ActivatedJob review = engine.single(USER_TASK);
        assertThat(review.getCustomHeaders())
                .containsEntry("io.camunda.zeebe:formKey", "coop-founding-review")
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"foundation\"]");
        engine.complete(review, Map.of("approved", approved, "completedBy", "officer.han"));
    }
}
