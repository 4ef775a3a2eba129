package org.sangsaeng.coupons;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sangsaeng.engine.ProcessTest;

/**
 * coupon-approval.bpmn on Zeebe's in-memory engine, every path; the test plays the workers and the
 * people.
 */
class CouponApprovalProcessTests extends ProcessTest {

    static final String GROUPS = "io.camunda.zeebe:candidateGroups";
    static final String LEADERS = "[\"coop:1:leader\"]";
    static final String FOUNDATION = "[\"foundation\"]";

    CouponApprovalProcessTests() {
        super("coupon-approval.bpmn");
    }

    @Test
    void aShopCouponApprovedByTheLeaderGoesOutAtValidFromAndExpiresAtValidTo() throws Exception {
        long instance = start(false);
        decide(LEADERS, "APPROVE");
        engine.complete(engine.single("coupon-schedule"), Map.of());
        assertThat(engine.activate("coupon-publish")).as("not before valid-from").isEmpty();

        engine.increaseTime(Duration.ofDays(1).plusMinutes(1));
        engine.complete(engine.single("coupon-publish"), Map.of("issued", 12));
        assertThat(engine.activate("coupon-expire")).as("not before valid-to").isEmpty();
        engine.increaseTime(Duration.ofDays(7));
        engine.complete(engine.single("coupon-expire"), Map.of());
        assertThat(engine.completedElements(instance))
                .containsSubsequence(
                        "LeaderReviewTask",
                        "ScheduleCouponTask",
                        "ValidFromTimerEvent",
                        "PublishCouponTask",
                        "ValidToTimerEvent",
                        "ExpireCouponTask",
                        "CouponExpiredEndEvent",
                        "coupon-approval");
    }

    @Test
    void aCoopWideCouponAlsoNeedsTheFoundation() throws Exception {
        long instance = approvedByTheLeaderForTheFoundation();
        decide(FOUNDATION, "APPROVE");
        engine.complete(engine.single("coupon-schedule"), Map.of());
        assertThat(engine.completedElements(instance))
                .containsSubsequence(
                        "LeaderReviewTask", "FoundationReviewTask", "ScheduleCouponTask");
    }

    @Test
    void aCouponSentBackIsRevisedByItsAuthorAndReviewedAgain() throws Exception {
        long instance = start(false);
        decide(LEADERS, "CHANGES");
        ActivatedJob revise = engine.single(USER_TASK);
        assertThat(revise.getCustomHeaders())
                .containsEntry("io.camunda.zeebe:assignee", "park.butcher")
                .containsEntry("io.camunda.zeebe:formKey", "coupon-revise");
        revised(revise, false);
        decide(LEADERS, "APPROVE");
        engine.complete(engine.single("coupon-schedule"), Map.of());
        assertThat(engine.completedElements(instance))
                .containsSubsequence(
                        "LeaderReviewTask",
                        "ReviseCouponTask",
                        "LeaderReviewTask",
                        "ScheduleCouponTask");
    }

    @Test
    void theFoundationCanSendACouponBackToItsAuthorToo() throws Exception {
        long instance = approvedByTheLeaderForTheFoundation();
        decide(FOUNDATION, "CHANGES");
        revised(engine.single(USER_TASK), true);
        decide(LEADERS, "APPROVE");
        assertThat(engine.single(USER_TASK).getCustomHeaders()).containsEntry(GROUPS, FOUNDATION);
        assertThat(engine.completedElements(instance))
                .containsSubsequence(
                        "FoundationReviewTask", "ReviseCouponTask", "LeaderReviewTask");
    }

    @Test
    void aCouponRejectedByTheLeaderTellsTheAuthorAndEnds() throws Exception {
        long instance = start(false);
        decide(LEADERS, "REJECT");
        engine.complete(engine.single("coupon-reject"), Map.of());
        assertThat(engine.completedElements(instance))
                .endsWith("CouponRejectedEndEvent", "coupon-approval");
    }

    @Test
    void aCouponRejectedByTheFoundationEndsToo() throws Exception {
        long instance = approvedByTheLeaderForTheFoundation();
        decide(FOUNDATION, "REJECT");
        engine.complete(engine.single("coupon-reject"), Map.of());
        assertThat(engine.completedElements(instance))
                .contains("FoundationReviewTask")
                .endsWith("CouponRejectedEndEvent", "coupon-approval");
        assertThat(engine.activate("coupon-schedule")).isEmpty();
    }

    @Test
    void aLeaderWhoLeavesTheReviewIsRemindedThenTheFoundationIsToldAndALateApprovalStillCounts()
            throws Exception {
        long instance = start(false);
        ActivatedJob review = engine.single(USER_TASK);
        assertThat(review.getElementId()).isEqualTo("LeaderReviewTask");
        assertThat(review.getCustomHeaders()).containsKey("io.camunda.zeebe:dueDate");

        engine.remindsThenEscalates("LeaderReviewTask", DECISION_TIME, REMINDER_LEAD, "foundation");

        engine.complete(review, Map.of("reviewDecision", "APPROVE", "completedBy", "kim.bakery"));
        engine.complete(engine.single("coupon-schedule"), Map.of());
        assertThat(engine.completedElements(instance))
                .contains(
                        "RemindLeaderReviewTask",
                        "EscalateLeaderReviewTask",
                        "LeaderReviewTask",
                        "ScheduleCouponTask");
    }

    @Test
    void aFoundationReviewLeftOpenIsRemindedThenEscalatedAndStillCounts() throws Exception {
        long instance = approvedByTheLeaderForTheFoundation();
        ActivatedJob review = engine.single(USER_TASK);
        assertThat(review.getElementId()).isEqualTo("FoundationReviewTask");

        engine.remindsThenEscalates(
                "FoundationReviewTask", DECISION_TIME, REMINDER_LEAD, "foundation");

        engine.complete(
                review, Map.of("reviewDecision", "REJECT", "completedBy", "foundation.staff"));
        engine.complete(engine.single("coupon-reject"), Map.of());
        assertThat(engine.completedElements(instance))
                .contains(
                        "RemindFoundationReviewTask",
                        "EscalateFoundationReviewTask",
                        "FoundationReviewTask",
                        "CouponRejectedEndEvent");
    }

    @Test
    void anAuthorWhoLeavesARevisionIsRemindedThenTheLeadersAreToldAndALateRevisionStillCounts()
            throws Exception {
        long instance = start(false);
        decide(LEADERS, "CHANGES");
        ActivatedJob revise = engine.single(USER_TASK);
        assertThat(revise.getElementId()).isEqualTo("ReviseCouponTask");

        engine.remindsThenEscalates(
                "ReviseCouponTask", DECISION_TIME, REMINDER_LEAD, "coop:{coopId}:leader");

        revised(revise, false);
        decide(LEADERS, "APPROVE");
        assertThat(engine.completedElements(instance))
                .contains("RemindReviseCouponTask", "EscalateReviseCouponTask", "ReviseCouponTask");
    }

    private long start(boolean needsFoundation) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // Valid from later than any review here takes: the tests move the clock by days.
        Map<String, Object> v =
                new HashMap<>(
                        Map.of(
                                "couponId",
                                3,
                                "coopId",
                                1,
                                "author",
                                "park.butcher",
                                "validFrom",
                                now.plus(Duration.ofDays(1)).toString(),
                                "validTo",
                                now.plus(Duration.ofDays(8)).toString(),
                                "needsFoundation",
                                needsFoundation,
                                "rulesVersion",
                                1,
                                "businessKey",
                                "coupon-3"));
        return startForReview("coupon-approval", v);
    }

    /** A coop-wide coupon the leaders approved, waiting for the foundation's review. */
    private long approvedByTheLeaderForTheFoundation() throws Exception {
        long instance = start(true);
        decide(LEADERS, "APPROVE");
        return instance;
    }

    /** The author sends the revised coupon back; its review is due from now. */
    private void revised(ActivatedJob revise, boolean needsFoundation) {
        engine.complete(
                revise,
                Map.of(
                        "needsFoundation",
                        needsFoundation,
                        "reviewDue",
                        engine.inEngineTime(DECISION_TIME)));
    }

    private void decide(String groups, String decision) throws Exception {
        ActivatedJob review = engine.single(USER_TASK);
        assertThat(review.getCustomHeaders())
                .containsEntry(GROUPS, groups)
                .containsEntry("io.camunda.zeebe:formKey", "coupon-review");
        // As the review form does: the next step (the foundation's review or the revision) is due
        // from now.
        engine.complete(
                review,
                Map.of(
                        "reviewDecision",
                        decision,
                        "completedBy",
                        "someone",
                        "CHANGES".equals(decision) ? "reviseDue" : "reviewDue",
                        engine.inEngineTime(DECISION_TIME)));
    }
}
