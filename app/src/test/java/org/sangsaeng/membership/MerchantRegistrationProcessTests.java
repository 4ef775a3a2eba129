package org.sangsaeng.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sangsaeng.engine.ProcessTest;
import org.sangsaeng.shared.ReviewDecision;

/**
 * merchant-registration.bpmn on Zeebe's in-memory engine: the order of steps, without our services.
 */
class MerchantRegistrationProcessTests extends ProcessTest {

    MerchantRegistrationProcessTests() {
        super("merchant-registration.bpmn");
    }

    @Test
    void theFoundationReviewsAndAnApprovalCreatesTheAccount() throws Exception {
        long instance = start(51);

        ActivatedJob review = engine.single(USER_TASK);
        assertThat(review.getElementId()).isEqualTo("ReviewRegistrationTask");
        assertThat(review.getCustomHeaders())
                .containsEntry("io.camunda.zeebe:formKey", "merchant-registration-review")
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"foundation\"]")
                .containsKey("io.camunda.zeebe:dueDate");
        decide(review, ReviewDecision.APPROVE, "");

        ActivatedJob create = engine.single("merchant-registration-approve");
        assertThat(create.getVariablesAsMap())
                .containsEntry("registrationId", 51)
                .containsEntry("completedBy", "jung.foundation");
        engine.complete(create, Map.of());

        assertThat(engine.completedElements(instance))
                .containsExactly(
                        "ReviewRegistrationTask",
                        "CreateAccountTask",
                        "AccountCreatedEndEvent",
                        "merchant-registration");
    }

    @Test
    void changesGoBackToTheApplicantAndTheRevisionIsReviewedAgain() throws Exception {
        long instance = start(52);
        decidedWithReason(
                ReviewDecision.CHANGES,
                "사업자등록번호를 다시 확인해 주세요",
                "merchant-registration-request-changes");
        assertThat(engine.activate(USER_TASK))
                .as("no review while the applicant revises")
                .isEmpty();

        revised(52);
        ActivatedJob again = engine.single(USER_TASK);
        assertThat(again.getElementId()).isEqualTo("ReviewRegistrationTask");
        approve(again);

        assertThat(engine.completedElements(instance))
                .containsExactly(
                        "ReviewRegistrationTask",
                        "RequestChangesTask",
                        "WaitForRevisionTask",
                        "ReviewRegistrationTask",
                        "CreateAccountTask",
                        "AccountCreatedEndEvent",
                        "merchant-registration");
    }

    @Test
    void aRejectionIsRecordedWithItsReason() throws Exception {
        long instance = start(53);
        decidedWithReason(ReviewDecision.REJECT, "시장 상인이 아닙니다", "merchant-registration-reject");

        assertThat(engine.completedElements(instance))
                .containsExactly(
                        "ReviewRegistrationTask",
                        "RecordRejectionTask",
                        "RegistrationRejectedEndEvent",
                        "merchant-registration");
    }

    @Test
    void theFoundationIsRemindedADayBeforeTheDueDateAndToldWhenItPasses() throws Exception {
        long instance = start(54);
        ActivatedJob review = engine.single(USER_TASK);

        engine.remindsThenEscalates(
                "ReviewRegistrationTask", Duration.ofDays(3), Duration.ofDays(1), "foundation");

        // A late review still counts.
        decide(review, ReviewDecision.REJECT, "중복 신청");
        engine.complete(engine.single("merchant-registration-reject"), Map.of());
        assertThat(engine.completedElements(instance))
                .contains(
                        "RemindReviewersTask",
                        "EscalateReviewTask",
                        "RegistrationRejectedEndEvent",
                        "merchant-registration");
    }

    @Test
    void anApplicantWhoDoesNotReviseGetsTheLinkAgainWeeklyAndTheSignUpExpiresAfter30Days()
            throws Exception {
        long instance = start(55);
        decidedWithReason(
                ReviewDecision.CHANGES,
                "가게 이름을 사업자등록증대로 적어 주세요",
                "merchant-registration-request-changes");

        engine.increaseTime(Duration.ofDays(6));
        assertThat(engine.activate("merchant-registration-remind-revision"))
                .as("not a week yet")
                .isEmpty();
        for (int week = 1; week <= 3; week++) {
            engine.increaseTime(week == 1 ? Duration.ofDays(1).plusHours(1) : Duration.ofDays(7));
            ActivatedJob remind = engine.single("merchant-registration-remind-revision");
            assertThat(remind.getVariablesAsMap()).containsEntry("registrationId", 55);
            engine.complete(remind, Map.of());
        }
        assertThat(engine.activate("merchant-registration-expire")).as("not 30 days yet").isEmpty();

        engine.increaseTime(Duration.ofDays(9));
        ActivatedJob expire = engine.single("merchant-registration-expire");
        engine.complete(expire, Map.of());
        assertThat(engine.activate("merchant-registration-remind-revision"))
                .as("no reminder after the end")
                .isEmpty();

        assertThat(engine.completedElements(instance))
                .contains(
                        "RemindApplicantTask",
                        "ExpireRegistrationTask",
                        "RegistrationExpiredEndEvent",
                        "merchant-registration")
                .doesNotContain("WaitForRevisionTask", "CreateAccountTask");
        revised(55);
        assertThat(engine.activate(USER_TASK))
                .as("a revision after the end reaches nobody")
                .isEmpty();
    }

    private long start(long registrationId) {
        return engine.start(
                "merchant-registration",
                Map.of(
                        "registrationId",
                        registrationId,
                        "businessKey",
                        "merchant-registration-" + registrationId,
                        "reviewDue",
                        engine.inEngineTime(Duration.ofDays(3))));
    }

    private void decide(ActivatedJob review, ReviewDecision decision, String reason) {
        engine.complete(
                review,
                Map.of(
                        "decision",
                        decision.name(),
                        "reason",
                        reason,
                        "completedBy",
                        "jung.foundation"));
    }

    /** The foundation approves and the account is created. */
    private void approve(ActivatedJob review) throws Exception {
        decide(review, ReviewDecision.APPROVE, "");
        engine.complete(engine.single("merchant-registration-approve"), Map.of());
    }

    /** The foundation decides the open review; the job that follows carries the reason. */
    private void decidedWithReason(ReviewDecision decision, String reason, String jobType)
            throws Exception {
        decide(engine.single(USER_TASK), decision, reason);
        ActivatedJob job = engine.single(jobType);
        assertThat(job.getVariablesAsMap()).containsEntry("reason", reason);
        engine.complete(job, Map.of());
    }

    private void revised(long registrationId) {
        engine.client()
                .newPublishMessageCommand()
                .messageName("registration-revised")
                .correlationKey(String.valueOf(registrationId))
                .timeToLive(Duration.ZERO)
                .variables(Map.of("reviewDue", engine.inEngineTime(Duration.ofDays(3))))
                .send()
                .join();
    }
}
