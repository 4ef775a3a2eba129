package org.sangsaeng.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.engine.ProcessTestEngine;

/** job-matching.bpmn and job-offer.bpmn on Zeebe's in-memory engine, every path; the test plays workers and people. */
class JobMatchingProcessTests {

    static final String USER_TASK = "io.camunda.zeebe:userTask";
    static final String FORM = "io.camunda.zeebe:formKey";

    ProcessTestEngine engine;

    @BeforeEach
    void deploy() throws Exception {
        engine = new ProcessTestEngine("job-matching.bpmn", "job-offer.bpmn");
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void anApprovedPostIsPublishedFilledAndDoneWhenBothSidesConfirm() throws Exception {
        long instance = start();
        review("APPROVE");
        engine.complete(engine.single("job-post-publish"), Map.of());

        filled();
        engine.complete(engine.single("job-post-close"), Map.of());
        assertThat(engine.activate("job-post-hires")).as("nothing to confirm before the work is over").isEmpty();
        engine.increaseTime(Duration.ofDays(4));
        engine.complete(engine.single("job-post-hires"), Map.of("hires",
                List.of(Map.of("applicationId", 31, "worker", "jung.fruit"))));

        List<ActivatedJob> confirms = engine.activate(USER_TASK);
        assertThat(confirms).extracting(t -> t.getCustomHeaders().get("io.camunda.zeebe:assignee"))
                .containsExactlyInAnyOrder("kim.bakery", "jung.fruit");
        assertThat(confirms).allSatisfy(t -> assertThat(t.getCustomHeaders()).containsEntry(FORM, "job-confirm"));
        confirms.forEach(t -> engine.complete(t, Map.of()));
        ActivatedJob settle = engine.single("job-hire-settle");
        assertThat(settle.getVariablesAsMap().get("hire")).isEqualTo(Map.of("applicationId", 31, "worker", "jung.fruit"));
        engine.complete(settle, Map.of("dispute", false));
        engine.complete(engine.single("job-post-done"), Map.of());

        assertThat(engine.completedElements(instance)).containsSubsequence("ReviewJobPostTask", "PublishJobPostTask",
                "JobPostFilledMessageEvent", "CloseJobPostTask", "WorkEndsTimerEvent", "CollectHiresTask", "SettleHireTask",
                "WorkDoneSubProcess", "JobDoneTask", "JobDoneEndEvent", "job-matching");
    }

    @Test
    void changesRequestedGoBackToTheEmployerAndThenToTheReviewerAgain() throws Exception {
        long instance = start();
        review("CHANGES");
        ActivatedJob revise = engine.single(USER_TASK);
        assertThat(revise.getCustomHeaders()).containsEntry(FORM, "job-post-revise")
                .containsEntry("io.camunda.zeebe:assignee", "kim.bakery");
        engine.complete(revise, Map.of("applicationDeadline", deadline(5).toString()));
        review("APPROVE");
        engine.complete(engine.single("job-post-publish"), Map.of());
        assertThat(engine.completedElements(instance)).containsSubsequence("ReviewJobPostTask", "ReviseJobPostTask",
                "ReviewJobPostTask", "PublishJobPostTask");
    }

    @Test
    void aRejectedPostTellsTheEmployerAndEnds() throws Exception {
        long instance = start();
        review("REJECT");
        engine.complete(engine.single("job-post-reject"), Map.of());
        assertThat(engine.completedElements(instance)).endsWith("JobPostRejectedEndEvent", "job-matching");
        assertThat(engine.activate("job-post-publish")).isEmpty();
    }

    @Test
    void anUnfilledPostIsExtendedOnceThenClosedWithoutHires() throws Exception {
        long instance = start();
        review("APPROVE");
        engine.complete(engine.single("job-post-publish"), Map.of());
        engine.increaseTime(Duration.ofDays(2).plusHours(1));
        engine.complete(engine.single("job-post-deadline"), Map.of("filled", false, "mayExtend", true));

        ActivatedJob decide = engine.single(USER_TASK);
        assertThat(decide.getCustomHeaders()).containsEntry(FORM, "job-post-unfilled");
        Instant later = deadline(3);
        engine.complete(decide, Map.of("unfilledDecision", "EXTEND", "newApplicationDeadline", later.toString()));
        ActivatedJob extend = engine.single("job-post-extend");
        assertThat(extend.getVariablesAsMap()).containsEntry("newApplicationDeadline", later.toString());
        engine.complete(extend, Map.of("applicationDeadline", later.toString()));
        assertThat(engine.activate("job-post-deadline")).as("waits for the new deadline").isEmpty();

        engine.increaseTime(Duration.ofDays(2));
        engine.complete(engine.single("job-post-deadline"), Map.of("filled", false, "mayExtend", false));
        engine.complete(engine.single("job-post-close"), Map.of());
        engine.increaseTime(Duration.ofDays(2));
        engine.complete(engine.single("job-post-hires"), Map.of("hires", List.of()));
        assertThat(engine.completedElements(instance)).containsSubsequence("DecideUnfilledTask", "ExtendDeadlineTask",
                "ApplicationDeadlineTimerEvent", "CloseJobPostTask", "WorkEndsTimerEvent", "CollectHiresTask",
                "JobPostClosedUnfilledEndEvent");
    }

    @Test
    void theEmployerClosingEarlyEndsApplicationsAndAWorkerSayingItDidNotHappenGoesToTheLeader() throws Exception {
        long instance = start();
        review("APPROVE");
        engine.complete(engine.single("job-post-publish"), Map.of());
        engine.client().newPublishMessageCommand().messageName("job-post-closed").correlationKey("7").send().join();
        engine.complete(engine.single("job-post-close"), Map.of());
        engine.increaseTime(Duration.ofDays(4));
        engine.complete(engine.single("job-post-hires"), Map.of("hires",
                List.of(Map.of("applicationId", 41, "worker", "lee.banchan"))));
        engine.activate(USER_TASK).forEach(t -> engine.complete(t, Map.of()));
        engine.complete(engine.single("job-hire-settle"), Map.of("dispute", true));

        ActivatedJob dispute = engine.single(USER_TASK);
        assertThat(dispute.getCustomHeaders()).containsEntry(FORM, "job-dispute")
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"coop:1:leader\"]");
        engine.complete(dispute, Map.of());
        engine.complete(engine.single("job-post-done"), Map.of());
        assertThat(engine.completedElements(instance)).contains("JobPostClosedMessageEvent", "ResolveDisputeTask")
                .endsWith("JobDoneEndEvent", "job-matching");
    }

    @Test
    void anAcceptedOfferIsRecorded() throws Exception {
        long offer = offer();
        ActivatedJob answer = engine.single(USER_TASK);
        assertThat(answer.getCustomHeaders()).containsEntry(FORM, "job-offer-answer")
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
        engine.increaseTime(Duration.ofHours(49));
        engine.complete(engine.single("job-offer-expire"), Map.of());
        assertThat(engine.completedElements(offer)).contains("OfferExpiredBoundaryEvent")
                .endsWith("OfferExpiredEndEvent", "job-offer");
        assertThat(engine.activate("job-offer-answered")).isEmpty();
    }

    private long start() {
        return engine.start("job-matching", Map.of("postId", 7, "coopId", 1, "employer", "kim.bakery",
                "reviewGroups", List.of("coop:1:leader"), "rulesVersion", 1,
                "applicationDeadline", deadline(2).toString(), "workEndsAt", deadline(3).toString(),
                "businessKey", "job-post-7"));
    }

    private void review(String decision) throws Exception {
        ActivatedJob review = engine.single(USER_TASK);
        assertThat(review.getCustomHeaders()).containsEntry(FORM, "job-post-review")
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"coop:1:leader\"]");
        engine.complete(review, Map.of("reviewDecision", decision, "completedBy", "park.butcher"));
    }

    private void filled() {
        engine.client().newPublishMessageCommand().messageName("job-post-filled").correlationKey("7").send().join();
    }

    private long offer() {
        return engine.start("job-offer", Map.of("applicationId", 31, "postId", 7, "coopId", 1, "seeker", "jung.fruit",
                "offerExpiresAt", Instant.now().plus(Duration.ofHours(48)).truncatedTo(ChronoUnit.SECONDS).toString(),
                "businessKey", "job-offer-31"));
    }

    private static Instant deadline(int days) {
        return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS);
    }
}
