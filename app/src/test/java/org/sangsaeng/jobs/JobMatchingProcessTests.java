package org.sangsaeng.jobs;

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
 * job-matching.bpmn and job-offer.bpmn on Zeebe's in-memory engine, every path; the test plays
 * workers and people.
 */
class JobMatchingProcessTests extends ProcessTest {

    static final String FORM = "io.camunda.zeebe:formKey";

    static final String LEADERS = "coop:{coopId}:leader";

    JobMatchingProcessTests() {
        super("job-matching.bpmn", "job-offer.bpmn");
    }

    @Test
    void anApprovedPostIsPublishedFilledAndDoneWhenBothSidesConfirm() throws Exception {
        long instance = start();
        approvedAndPublished();

        filled();
        engine.complete(engine.single("job-post-close"), Map.of());
        assertThat(engine.activate("job-post-hires"))
                .as("nothing to confirm before the work is over")
                .isEmpty();
        engine.increaseTime(Duration.ofDays(4));
        hired(31, "jung.fruit");

        List<ActivatedJob> confirms = engine.activate(USER_TASK);
        assertThat(confirms)
                .extracting(t -> t.getCustomHeaders().get("io.camunda.zeebe:assignee"))
                .containsExactlyInAnyOrder("kim.bakery", "jung.fruit");
        assertThat(confirms)
                .allSatisfy(
                        t -> assertThat(t.getCustomHeaders()).containsEntry(FORM, "job-confirm"));
        confirms.forEach(t -> engine.complete(t, Map.of()));
        ActivatedJob settle = engine.single("job-hire-settle");
        assertThat(settle.getVariablesAsMap().get("hire"))
                .isEqualTo(Map.of("applicationId", 31, "worker", "jung.fruit"));
        engine.complete(settle, Map.of("dispute", false));
        engine.complete(engine.single("job-post-done"), Map.of());

        assertThat(engine.completedElements(instance))
                .containsSubsequence(
                        "ReviewJobPostTask",
                        "PublishJobPostTask",
                        "JobPostFilledMessageEvent",
                        "CloseJobPostTask",
                        "WorkEndsTimerEvent",
                        "CollectHiresTask",
                        "SettleHireTask",
                        "WorkDoneSubProcess",
                        "JobDoneTask",
                        "JobDoneEndEvent",
                        "job-matching");
    }

    @Test
    void changesRequestedGoBackToTheEmployerAndThenToTheReviewerAgain() throws Exception {
        long instance = start();
        review("CHANGES");
        ActivatedJob revise = engine.single(USER_TASK);
        assertThat(revise.getCustomHeaders())
                .containsEntry(FORM, "job-post-revise")
                .containsEntry("io.camunda.zeebe:assignee", "kim.bakery");
        revised(revise);
        approvedAndPublished();
        assertThat(engine.completedElements(instance))
                .containsSubsequence(
                        "ReviewJobPostTask",
                        "ReviseJobPostTask",
                        "ReviewJobPostTask",
                        "PublishJobPostTask");
    }

    @Test
    void aRejectedPostTellsTheEmployerAndEnds() throws Exception {
        long instance = start();
        review("REJECT");
        engine.complete(engine.single("job-post-reject"), Map.of());
        assertThat(engine.completedElements(instance))
                .endsWith("JobPostRejectedEndEvent", "job-matching");
        assertThat(engine.activate("job-post-publish")).isEmpty();
    }

    @Test
    void anUnfilledPostIsExtendedOnceThenClosedWithoutHires() throws Exception {
        long instance = start();
        approvedAndPublished();
        ActivatedJob decide = unfilledAtTheDeadline();
        assertThat(decide.getCustomHeaders()).containsEntry(FORM, "job-post-unfilled");
        Instant later = deadline(3);
        engine.complete(
                decide,
                Map.of("unfilledDecision", "EXTEND", "newApplicationDeadline", later.toString()));
        ActivatedJob extend = engine.single("job-post-extend");
        assertThat(extend.getVariablesAsMap())
                .containsEntry("newApplicationDeadline", later.toString());
        engine.complete(extend, Map.of("applicationDeadline", later.toString()));
        assertThat(engine.activate("job-post-deadline")).as("waits for the new deadline").isEmpty();

        engine.increaseTime(Duration.ofDays(2));
        engine.complete(
                engine.single("job-post-deadline"), Map.of("filled", false, "mayExtend", false));
        engine.complete(engine.single("job-post-close"), Map.of());
        engine.increaseTime(Duration.ofDays(2));
        engine.complete(engine.single("job-post-hires"), Map.of("hires", List.of()));
        assertThat(engine.completedElements(instance))
                .containsSubsequence(
                        "DecideUnfilledTask",
                        "ExtendDeadlineTask",
                        "ApplicationDeadlineTimerEvent",
                        "CloseJobPostTask",
                        "WorkEndsTimerEvent",
                        "CollectHiresTask",
                        "JobPostClosedUnfilledEndEvent");
    }

    @Test
    void theEmployerClosingEarlyEndsApplicationsAndAWorkerSayingItDidNotHappenGoesToTheLeader()
            throws Exception {
        long instance = closedEarlyWithOneHireAfterTheWork();
        engine.activate(USER_TASK).forEach(t -> engine.complete(t, Map.of()));
        disputed();

        ActivatedJob dispute = engine.single(USER_TASK);
        assertThat(dispute.getCustomHeaders())
                .containsEntry(FORM, "job-dispute")
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"coop:1:leader\"]");
        engine.complete(dispute, Map.of());
        engine.complete(engine.single("job-post-done"), Map.of());
        assertThat(engine.completedElements(instance))
                .contains("JobPostClosedMessageEvent", "ResolveDisputeTask")
                .endsWith("JobDoneEndEvent", "job-matching");
    }

    @Test
    void anAcceptedOfferIsRecorded() throws Exception {
        long offer = offer();
        ActivatedJob answer = engine.single(USER_TASK);
        assertThat(answer.getCustomHeaders())
                .containsEntry(FORM, "job-offer-answer")
                .containsEntry("io.camunda.zeebe:assignee", "jung.fruit");
        engine.complete(answer, Map.of("offerAccepted", true));
        engine.complete(engine.single("job-offer-answered"), Map.of());
        assertThat(engine.completedElements(offer)).endsWith("OfferAnsweredEndEvent", "job-offer");
    }

    @Test
    void aDeclinedOfferIsRecordedToo() throws Exception {
        long offer = offer();
        engine.complete(engine.single(USER_TASK), Map.of("offerAccepted", false));
        engine.complete(engine.single("job-offer-answered"), Map.of());
        assertThat(engine.completedElements(offer)).endsWith("OfferAnsweredEndEvent", "job-offer");
    }

    @Test
    void anOfferWithoutAnswerExpiresAndItsTaskEnds() throws Exception {
        long offer = offer();
        engine.activate(USER_TASK);
        engine.increaseTime(Duration.ofHours(25));
        engine.complete(engine.single("task-remind"), Map.of());
        engine.increaseTime(Duration.ofHours(24));
        engine.complete(engine.single("job-offer-expire"), Map.of());
        assertThat(engine.completedElements(offer))
                .contains("RemindAnswerOfferTask", "OfferExpiredBoundaryEvent")
                .endsWith("OfferExpiredEndEvent", "job-offer");
        assertThat(engine.activate("job-offer-answered")).isEmpty();
    }

    @Test
    void aReviewerWhoLeavesThePostIsRemindedThenTheFoundationIsToldAndALateApprovalStillCounts()
            throws Exception {
        long instance = start();
        ActivatedJob review = engine.single(USER_TASK);
        assertThat(review.getElementId()).isEqualTo("ReviewJobPostTask");

        engine.remindsThenEscalates(
                "ReviewJobPostTask", DECISION_TIME, REMINDER_LEAD, "foundation");

        engine.complete(review, Map.of("reviewDecision", "APPROVE", "completedBy", "park.butcher"));
        engine.complete(engine.single("job-post-publish"), Map.of());
        assertThat(engine.completedElements(instance))
                .contains(
                        "RemindReviewJobPostTask",
                        "EscalateReviewJobPostTask",
                        "ReviewJobPostTask",
                        "PublishJobPostTask");
    }

    @Test
    void anEmployerWhoLeavesARevisionIsRemindedThenTheLeadersAreToldAndALateRevisionStillCounts()
            throws Exception {
        long instance = start();
        review("CHANGES");
        ActivatedJob revise = engine.single(USER_TASK);
        assertThat(revise.getElementId()).isEqualTo("ReviseJobPostTask");

        engine.remindsThenEscalates("ReviseJobPostTask", DECISION_TIME, REMINDER_LEAD, LEADERS);

        revised(revise);
        review("APPROVE");
        assertThat(engine.completedElements(instance))
                .contains(
                        "RemindReviseJobPostTask",
                        "EscalateReviseJobPostTask",
                        "ReviseJobPostTask");
    }

    @Test
    void
            anEmployerWhoLeavesTheUnfilledDecisionIsRemindedThenTheLeadersAreToldAndALateCloseStillCounts()
                    throws Exception {
        long instance = start();
        approvedAndPublished();
        ActivatedJob decide = unfilledAtTheDeadline();
        assertThat(decide.getElementId()).isEqualTo("DecideUnfilledTask");

        engine.remindsThenEscalates("DecideUnfilledTask", DECISION_TIME, REMINDER_LEAD, LEADERS);

        engine.complete(decide, Map.of("unfilledDecision", "CLOSE"));
        engine.complete(engine.single("job-post-close"), Map.of());
        assertThat(engine.completedElements(instance))
                .contains(
                        "RemindDecideUnfilledTask",
                        "EscalateDecideUnfilledTask",
                        "DecideUnfilledTask",
                        "CloseJobPostTask");
    }

    @Test
    void bothSidesAreRemindedToConfirmThenTheLeadersAreToldAndAnOpenDisputeGoesToTheFoundation()
            throws Exception {
        long instance = closedEarlyWithOneHireAfterTheWork();
        List<ActivatedJob> confirms = engine.activate(USER_TASK);
        assertThat(confirms).hasSize(2);

        // Both confirmations fall due together: each side is reminded, then the leaders hear of
        // each.
        engine.increaseTime(DECISION_TIME.minus(REMINDER_LEAD).minusHours(1));
        assertThat(engine.activate("task-remind")).isEmpty();
        engine.increaseTime(Duration.ofHours(2));
        List<ActivatedJob> reminders = engine.activate("task-remind");
        assertThat(reminders)
                .extracting(j -> j.getCustomHeaders().get("taskElementId"))
                .containsExactlyInAnyOrder("ConfirmAsEmployerTask", "ConfirmAsWorkerTask");
        reminders.forEach(j -> engine.complete(j, Map.of()));
        assertThat(engine.activate("task-escalate")).isEmpty();
        engine.increaseTime(REMINDER_LEAD);
        List<ActivatedJob> escalations = engine.activate("task-escalate");
        assertThat(escalations)
                .extracting(j -> j.getCustomHeaders().get("taskElementId"))
                .containsExactlyInAnyOrder("ConfirmAsEmployerTask", "ConfirmAsWorkerTask");
        assertThat(escalations)
                .allSatisfy(
                        j -> assertThat(j.getCustomHeaders()).containsEntry("escalateTo", LEADERS));
        escalations.forEach(j -> engine.complete(j, Map.of()));

        confirms.forEach(t -> engine.complete(t, Map.of()));
        disputed();
        ActivatedJob dispute = engine.single(USER_TASK);
        assertThat(dispute.getElementId()).isEqualTo("ResolveDisputeTask");

        engine.remindsThenEscalates(
                "ResolveDisputeTask", DECISION_TIME, REMINDER_LEAD, "foundation");

        engine.complete(dispute, Map.of());
        engine.complete(engine.single("job-post-done"), Map.of());
        assertThat(engine.completedElements(instance))
                .contains(
                        "RemindConfirmAsEmployerTask",
                        "EscalateConfirmAsEmployerTask",
                        "RemindConfirmAsWorkerTask",
                        "EscalateConfirmAsWorkerTask",
                        "RemindResolveDisputeTask",
                        "EscalateResolveDisputeTask",
                        "ResolveDisputeTask")
                .endsWith("JobDoneEndEvent", "job-matching");
    }

    @Test
    void theSeekerIsRemindedBeforeTheOfferExpiresAndCanStillAccept() throws Exception {
        long offer = offer();
        ActivatedJob answer = engine.single(USER_TASK);
        engine.increaseTime(Duration.ofHours(23));
        assertThat(engine.activate("task-remind")).isEmpty();
        engine.increaseTime(Duration.ofHours(2));
        ActivatedJob remind = engine.single("task-remind");
        assertThat(remind.getCustomHeaders()).containsEntry("taskElementId", "AnswerOfferTask");
        engine.complete(remind, Map.of());

        engine.complete(answer, Map.of("offerAccepted", true));
        engine.complete(engine.single("job-offer-answered"), Map.of());
        assertThat(engine.completedElements(offer))
                .contains("RemindAnswerOfferTask")
                .endsWith("OfferAnsweredEndEvent", "job-offer");
    }

    private long start() {
        Map<String, Object> v =
                new HashMap<>(
                        Map.of(
                                "postId",
                                7,
                                "coopId",
                                1,
                                "employer",
                                "kim.bakery",
                                "reviewGroups",
                                List.of("coop:1:leader"),
                                "rulesVersion",
                                1,
                                "applicationDeadline",
                                deadline(2).toString(),
                                "workEndsAt",
                                deadline(3).toString(),
                                "businessKey",
                                "job-post-7"));
        return startForReview("job-matching", v);
    }

    /**
     * Approved, published, closed early by the employer, one hire (lee.banchan); the work is over.
     */
    private long closedEarlyWithOneHireAfterTheWork() throws Exception {
        long instance = start();
        approvedAndPublished();
        postMessage("job-post-closed");
        engine.complete(engine.single("job-post-close"), Map.of());
        engine.increaseTime(Duration.ofDays(4));
        hired(41, "lee.banchan");
        return instance;
    }

    private void review(String decision) throws Exception {
        ActivatedJob review = engine.single(USER_TASK);
        assertThat(review.getCustomHeaders())
                .containsEntry(FORM, "job-post-review")
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"coop:1:leader\"]");
        // As the review form does: a revision asked for is due from now.
        engine.complete(
                review,
                Map.of(
                        "reviewDecision",
                        decision,
                        "completedBy",
                        "park.butcher",
                        "reviseDue",
                        engine.inEngineTime(DECISION_TIME)));
    }

    private void filled() {
        postMessage("job-post-filled");
    }

    /** A message to post 7's instance, as the application sends it. */
    private void postMessage(String name) {
        engine.client()
                .newPublishMessageCommand()
                .messageName(name)
                .correlationKey("7")
                .send()
                .join();
    }

    /** The leaders approve the post and it is published. */
    private void approvedAndPublished() throws Exception {
        review("APPROVE");
        engine.complete(engine.single("job-post-publish"), Map.of());
    }

    /** The employer sends the revised post back with a new deadline; the review is due again. */
    private void revised(ActivatedJob revise) {
        engine.complete(
                revise,
                Map.of(
                        "applicationDeadline",
                        deadline(5).toString(),
                        "reviewDue",
                        engine.inEngineTime(DECISION_TIME)));
    }

    /** The application deadline passes with the post unfilled; the employer's decision task. */
    private ActivatedJob unfilledAtTheDeadline() throws Exception {
        engine.increaseTime(Duration.ofDays(2).plusHours(1));
        engine.complete(
                engine.single("job-post-deadline"),
                Map.of(
                        "filled",
                        false,
                        "mayExtend",
                        true,
                        "unfilledDue",
                        engine.inEngineTime(DECISION_TIME)));
        return engine.single(USER_TASK);
    }

    /** The employer names the one hire; both sides' confirmations are due. */
    private void hired(int applicationId, String worker) throws Exception {
        engine.complete(
                engine.single("job-post-hires"),
                Map.of(
                        "hires",
                        List.of(Map.of("applicationId", applicationId, "worker", worker)),
                        "confirmDue",
                        engine.inEngineTime(DECISION_TIME)));
    }

    /** A side says the work did not happen as agreed; the dispute is due. */
    private void disputed() throws Exception {
        engine.complete(
                engine.single("job-hire-settle"),
                Map.of("dispute", true, "disputeDue", engine.inEngineTime(DECISION_TIME)));
    }

    private long offer() {
        return engine.start(
                "job-offer",
                Map.of(
                        "applicationId",
                        31,
                        "postId",
                        7,
                        "coopId",
                        1,
                        "seeker",
                        "jung.fruit",
                        "offerExpiresAt",
                        Instant.now()
                                .plus(Duration.ofHours(48))
                                .truncatedTo(ChronoUnit.SECONDS)
                                .toString(),
                        "reminderLead",
                        REMINDER_LEAD.toString(),
                        "businessKey",
                        "job-offer-31"));
    }

    private static Instant deadline(int days) {
        return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS);
    }
}
