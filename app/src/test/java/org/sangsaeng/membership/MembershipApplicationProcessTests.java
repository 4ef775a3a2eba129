package org.sangsaeng.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sangsaeng.engine.ProcessTest;

/**
 * membership-application.bpmn on Zeebe's in-memory engine: the order of steps, without our
 * services.
 */
class MembershipApplicationProcessTests extends ProcessTest {

    MembershipApplicationProcessTests() {
        super("membership-application.bpmn");
    }

    @Test
    void leaderOfTheCoopReviewsAndAnApprovalAddsTheMember() throws Exception {
        long instance = startApplication(41, 7);

        ActivatedJob review = single("io.camunda.zeebe:userTask");
        assertThat(review.getElementId()).isEqualTo("ReviewApplicationTask");
        assertThat(review.getCustomHeaders())
                .containsEntry("io.camunda.zeebe:formKey", "membership-review")
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"coop:7:leader\"]");
        ZonedDateTime due =
                ZonedDateTime.parse(review.getCustomHeaders().get("io.camunda.zeebe:dueDate"));
        assertThat(due)
                .isAfter(ZonedDateTime.now().plusDays(2))
                .isBefore(ZonedDateTime.now().plusDays(4));

        engine.client()
                .newCompleteCommand(review.getKey())
                .variables(Map.of("approved", true, "reason", "", "completedBy", "kim.bakery"))
                .send()
                .join();

        ActivatedJob add = single("membership-approve");
        assertThat(add.getVariablesAsMap())
                .containsEntry("applicationId", 41)
                .containsEntry("completedBy", "kim.bakery");
        engine.client().newCompleteCommand(add.getKey()).send().join();

        assertThat(completedElements(instance))
                .containsExactly(
                        "ReviewApplicationTask",
                        "AddMemberTask",
                        "MemberJoinedEndEvent",
                        "membership-application");
    }

    @Test
    void aRejectionIsRecordedWithItsReasonAndNobodyIsAdded() throws Exception {
        long instance = startApplication(42, 8);

        ActivatedJob review = single("io.camunda.zeebe:userTask");
        engine.client()
                .newCompleteCommand(review.getKey())
                .variables(Map.of("approved", false, "reason", "업종 중복", "completedBy", "kang.fish"))
                .send()
                .join();

        ActivatedJob reject = single("membership-reject");
        assertThat(reject.getVariablesAsMap()).containsEntry("reason", "업종 중복");
        engine.client().newCompleteCommand(reject.getKey()).send().join();

        assertThat(completedElements(instance))
                .containsExactly(
                        "ReviewApplicationTask",
                        "RecordRejectionTask",
                        "ApplicationRejectedEndEvent",
                        "membership-application");
    }

    @Test
    void leadersAreRemindedADayBeforeTheDueDateAndTheFoundationIsToldWhenItPasses()
            throws Exception {
        long instance = startApplication(43, 9);
        ActivatedJob review = single("io.camunda.zeebe:userTask");
        assertThat(activate("task-remind")).isEmpty();

        engine.increaseTime(Duration.ofDays(2).plusHours(1));
        ActivatedJob remind = single("task-remind");
        assertThat(remind.getCustomHeaders())
                .containsEntry("taskElementId", "ReviewApplicationTask");
        engine.client().newCompleteCommand(remind.getKey()).send().join();
        assertThat(activate("task-escalate")).as("not overdue yet").isEmpty();

        engine.increaseTime(Duration.ofDays(1));
        ActivatedJob escalate = single("task-escalate");
        assertThat(escalate.getCustomHeaders()).containsEntry("escalateTo", "foundation");
        engine.client().newCompleteCommand(escalate.getKey()).send().join();

        // The task stays open through both: a late review still counts.
        engine.client()
                .newCompleteCommand(review.getKey())
                .variables(Map.of("approved", true, "reason", "", "completedBy", "kim.bakery"))
                .send()
                .join();
        engine.client().newCompleteCommand(single("membership-approve").getKey()).send().join();
        assertThat(completedElements(instance))
                .contains(
                        "RemindReviewersTask",
                        "EscalateReviewTask",
                        "ReviewApplicationTask",
                        "MemberJoinedEndEvent",
                        "membership-application");
    }

    @Test
    void aReviewDoneInTimeCancelsTheReminderAndTheEscalation() throws Exception {
        long instance = startApplication(44, 10);
        engine.client()
                .newCompleteCommand(single("io.camunda.zeebe:userTask").getKey())
                .variables(
                        Map.of("approved", false, "reason", "정원 초과", "completedBy", "kim.bakery"))
                .send()
                .join();
        engine.client().newCompleteCommand(single("membership-reject").getKey()).send().join();

        engine.increaseTime(Duration.ofDays(4));
        assertThat(activate("task-remind")).isEmpty();
        assertThat(activate("task-escalate")).isEmpty();
        assertThat(completedElements(instance))
                .doesNotContain("RemindReviewersTask", "EscalateReviewTask");
    }

    private long startApplication(long applicationId, long coopId) {
        return engine.start(
                "membership-application",
                Map.of(
                        "applicationId",
                        applicationId,
                        "coopId",
                        coopId,
                        "applicant",
                        "oh.laundry",
                        "businessKey",
                        "membership-application-" + applicationId,
                        "reviewDue",
                        Instant.now()
                                .plus(Duration.ofDays(3))
                                .truncatedTo(ChronoUnit.SECONDS)
                                .toString()));
    }

    private ActivatedJob single(String type) throws Exception {
        return engine.single(type);
    }

    private List<ActivatedJob> activate(String type) throws Exception {
        return engine.activate(type);
    }

    private List<String> completedElements(long instance) throws Exception {
        return engine.completedElements(instance);
    }
}
