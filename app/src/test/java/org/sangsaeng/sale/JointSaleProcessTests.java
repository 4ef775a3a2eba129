package org.sangsaeng.sale;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sangsaeng.engine.ProcessTest;

/**
 * joint-sale.bpmn (with member-vote.bpmn) on Zeebe's in-memory engine, every path; the test plays
 * the workers, the shops, the leader and the time.
 */
class JointSaleProcessTests extends ProcessTest {

    static final List<String> SHOPS = List.of("kim.bakery", "park.butcher", "lee.ricecake");

    JointSaleProcessTests() {
        super("member-vote.bpmn", "joint-sale.bpmn");
    }

    @Test
    void everyShopConfirmsTheMembersAgreeCustomersOrderShopsPrepareAndTheOfferCloses()
            throws Exception {
        long instance = voted("PASSED");
        openOrders(Duration.ofDays(3));
        assertThat(engine.activate("joint-sale-close-orders"))
                .as("orders stay open until the window closes")
                .isEmpty();
        engine.increaseTime(Duration.ofDays(3).plusMinutes(1));
        closeOrders(false);
        prepareAll();
        assertThat(engine.activate("joint-sale-close"))
                .as("open until the last pickup slot is over")
                .isEmpty();
        engine.increaseTime(Duration.ofDays(4).plusMinutes(1));
        engine.complete(engine.single("joint-sale-close"), Map.of());

        assertThat(engine.completedElements(instance))
                .containsSubsequence(
                        "AskShopsTask",
                        "ConfirmPartTask",
                        "CheckPartsTask",
                        "OpenVoteTask",
                        "MemberVoteCallActivity",
                        "RecordVoteTask",
                        "OpenOrdersTask",
                        "OrderWindowClosedTimerEvent",
                        "CloseOrdersTask",
                        "PreparePartTask",
                        "PickupEndedTimerEvent",
                        "CloseOfferTask",
                        "OfferClosedEndEvent",
                        "joint-sale");
    }

    @Test
    void aShopThatDeclinesSendsTheOfferBackToTheProposerWhoRevisesItAndTheShopsAreAskedAgain()
            throws Exception {
        long instance = start();
        List<ActivatedJob> parts = partTasks();
        engine.complete(parts.getFirst(), Map.of("partDeclined", true));
        assertThat(engine.activate(USER_TASK))
                .as("the other shops' tasks end with the decline")
                .allSatisfy(t -> assertThat(t.getElementId()).isNotEqualTo("ConfirmPartTask"));
        checkParts(false);

        ActivatedJob revise = engine.single(USER_TASK);
        assertThat(revise.getElementId()).isEqualTo("ReviseOfferTask");
        assertThat(revise.getCustomHeaders())
                .containsEntry("io.camunda.zeebe:assignee", "kim.bakery");
        engine.complete(revise, Map.of("reviseDecision", "REVISE"));

        shopsAnswer(false);
        checkParts(true);
        vote("PASSED");
        assertThat(engine.completedElements(instance))
                .containsSubsequence(
                        "ConfirmPartTask",
                        "ReviseOfferTask",
                        "AskShopsTask",
                        "ConfirmPartTask",
                        "RecordVoteTask");
    }

    @Test
    void theProposerMayCancelAnOfferAShopDeclined() throws Exception {
        long instance = start();
        aShopDeclined();
        engine.complete(engine.single(USER_TASK), Map.of("reviseDecision", "CANCEL"));
        engine.complete(engine.single("joint-sale-cancel"), Map.of());
        assertThat(engine.completedElements(instance))
                .endsWith("CancelOfferTask", "OfferCancelledEndEvent", "joint-sale");
    }

    @Test
    void shopsThatDoNotAnswerAreRemindedAndAtTheirDeadlineTheOfferGoesBackToTheProposer()
            throws Exception {
        long instance = start();
        engine.complete(partTasks().getFirst(), Map.of("partDeclined", false));
        engine.increaseTime(DECISION_TIME.minus(REMINDER_LEAD).plusHours(1));
        ActivatedJob remind = engine.single("task-remind");
        assertThat(remind.getCustomHeaders()).containsEntry("taskElementId", "ConfirmPartTask");
        engine.complete(remind, Map.of());
        engine.increaseTime(REMINDER_LEAD);
        checkParts(false);
        assertThat(engine.single(USER_TASK).getElementId()).isEqualTo("ReviseOfferTask");
        assertThat(engine.completedElements(instance))
                .contains("RemindConfirmPartTask", "ConfirmPartDeadlineBoundaryEvent");
    }

    @Test
    void aProposerWhoDoesNotReviseIsRemindedAndAtTheDeadlineTheOfferIsCancelled() throws Exception {
        long instance = start();
        aShopDeclined();
        engine.single(USER_TASK);
        engine.increaseTime(DECISION_TIME.minus(REMINDER_LEAD).plusHours(1));
        ActivatedJob remind = engine.single("task-remind");
        assertThat(remind.getCustomHeaders()).containsEntry("taskElementId", "ReviseOfferTask");
        engine.complete(remind, Map.of());
        engine.increaseTime(REMINDER_LEAD);
        engine.complete(engine.single("joint-sale-cancel"), Map.of());
        assertThat(engine.completedElements(instance))
                .contains(
                        "RemindReviseOfferTask",
                        "ReviseOfferDeadlineBoundaryEvent",
                        "OfferCancelledEndEvent");
    }

    @Test
    void anOfferTheMembersTurnDownIsClosedAsRejected() throws Exception {
        long instance = voted("FAILED");
        engine.complete(engine.single("joint-sale-reject"), Map.of());
        assertThat(engine.completedElements(instance))
                .endsWith("RejectOfferTask", "OfferRejectedEndEvent", "joint-sale");
        assertThat(engine.activate("joint-sale-open-orders")).isEmpty();
    }

    @Test
    void belowTheMinimumTheLeaderGoesAheadOrCancelsAndIsRemindedThenTheFoundationIsTold()
            throws Exception {
        long instance = toBelowMinimum();
        ActivatedJob decide = engine.single(USER_TASK);
        assertThat(decide.getElementId()).isEqualTo("DecideBelowMinimumTask");
        assertThat(decide.getCustomHeaders().get("io.camunda.zeebe:candidateGroups"))
                .isEqualTo("[\"coop:3:leader\"]");
        engine.remindsThenEscalates(
                "DecideBelowMinimumTask", DECISION_TIME, REMINDER_LEAD, "foundation");
        engine.complete(decide, Map.of("saleDecision", "GO"));
        assertThat(engine.activate(USER_TASK))
                .extracting(ActivatedJob::getElementId)
                .containsOnly("PreparePartTask")
                .hasSize(SHOPS.size());
        assertThat(engine.completedElements(instance))
                .contains("EscalateDecideBelowMinimumTask", "DecideBelowMinimumTask");
    }

    @Test
    void belowTheMinimumTheLeaderMayCancelAndTheCustomersAreTold() throws Exception {
        long instance = toBelowMinimum();
        engine.complete(engine.single(USER_TASK), Map.of("saleDecision", "CANCEL"));
        engine.complete(engine.single("joint-sale-cancel"), Map.of());
        assertThat(engine.completedElements(instance))
                .endsWith("CancelOfferTask", "OfferCancelledEndEvent", "joint-sale");
    }

    @Test
    void aShopSlowToPrepareIsRemindedThenTheLeadersAreToldAndItsAnswerStillCounts()
            throws Exception {
        long instance = voted("PASSED");
        ordersClosedAfterAnHour(false);
        List<ActivatedJob> prepare = engine.activate(USER_TASK);
        engine.complete(prepare.get(0), Map.of());
        engine.complete(prepare.get(1), Map.of());
        engine.remindsThenEscalates(
                "PreparePartTask", DECISION_TIME, REMINDER_LEAD, "coop:{coopId}:leader");
        engine.complete(prepare.get(2), Map.of());
        engine.increaseTime(Duration.ofDays(4));
        engine.complete(engine.single("joint-sale-close"), Map.of());
        assertThat(engine.completedElements(instance))
                .contains(
                        "RemindPreparePartTask", "EscalatePreparePartTask", "OfferClosedEndEvent");
    }

    private long start() {
        return engine.start(
                "joint-sale",
                Map.of(
                        "offerId",
                        7,
                        "coopId",
                        3,
                        "proposer",
                        "kim.bakery",
                        "reminderLead",
                        "PT24H",
                        "businessKey",
                        "joint-sale-7"));
    }

    private long toBelowMinimum() throws Exception {
        long instance = voted("PASSED");
        ordersClosedAfterAnHour(true);
        return instance;
    }

    /** Every shop confirms its part and the members vote with this outcome. */
    private long voted(String outcome) throws Exception {
        long instance = start();
        shopsAnswer(false);
        checkParts(true);
        vote(outcome);
        return instance;
    }

    /** Orders open for an hour; two hours later they are closed. */
    private void ordersClosedAfterAnHour(boolean belowMinimum) throws Exception {
        openOrders(Duration.ofHours(1));
        engine.increaseTime(Duration.ofHours(2));
        closeOrders(belowMinimum);
    }

    /** The first shop declines its part, so the parts are not all confirmed. */
    private void aShopDeclined() throws Exception {
        engine.complete(partTasks().getFirst(), Map.of("partDeclined", true));
        checkParts(false);
    }

    private List<ActivatedJob> partTasks() throws Exception {
        engine.complete(
                engine.single("joint-sale-ask-shops"),
                Map.of(
                        "shops",
                        SHOPS,
                        "partDeclined",
                        false,
                        "partsDue",
                        engine.inEngineTime(DECISION_TIME)));
        List<ActivatedJob> parts = engine.activate(USER_TASK);
        assertThat(parts)
                .extracting(j -> j.getCustomHeaders().get("io.camunda.zeebe:assignee"))
                .containsExactlyInAnyOrderElementsOf(SHOPS);
        return parts;
    }

    private void shopsAnswer(boolean declined) throws Exception {
        partTasks().forEach(t -> engine.complete(t, Map.of("partDeclined", declined)));
    }

    private void checkParts(boolean allConfirmed) throws Exception {
        engine.complete(
                engine.single("joint-sale-check-parts"),
                Map.of(
                        "allConfirmed",
                        allConfirmed,
                        "reviseDue",
                        engine.inEngineTime(DECISION_TIME)));
    }

    private void vote(String outcome) throws Exception {
        engine.complete(
                engine.single("joint-sale-open-vote"),
                Map.of(
                        "voteTitle",
                        "설 선물세트",
                        "voteDeadline",
                        engine.inEngineTime(Duration.ofDays(3)),
                        "quorumPercent",
                        50,
                        "approvalRule",
                        "SIMPLE_MAJORITY",
                        "reasonRequiredForNo",
                        false));
        engine.complete(engine.single("vote-open"), Map.of("voteId", 21, "electorate", List.of()));
        engine.complete(engine.single("vote-close"), Map.of("voteOutcome", outcome));
        ActivatedJob record = engine.single("joint-sale-record-vote");
        assertThat(record.getVariablesAsMap())
                .containsEntry("voteOutcome", outcome)
                .containsEntry("voteId", 21);
        engine.complete(record, Map.of());
    }

    private void openOrders(Duration window) throws Exception {
        engine.complete(
                engine.single("joint-sale-open-orders"),
                Map.of("orderDeadline", engine.inEngineTime(window)));
    }

    private void closeOrders(boolean belowMinimum) throws Exception {
        engine.complete(
                engine.single("joint-sale-close-orders"),
                Map.of(
                        "belowMinimum",
                        belowMinimum,
                        "belowMinimumDue",
                        engine.inEngineTime(DECISION_TIME),
                        "shops",
                        SHOPS,
                        "prepareDue",
                        engine.inEngineTime(DECISION_TIME),
                        "pickupEnds",
                        engine.inEngineTime(Duration.ofDays(4))));
    }

    private void prepareAll() throws Exception {
        List<ActivatedJob> prepare = engine.activate(USER_TASK);
        assertThat(prepare)
                .extracting(ActivatedJob::getElementId)
                .containsOnly("PreparePartTask")
                .hasSize(SHOPS.size());
        prepare.forEach(t -> engine.complete(t, Map.of()));
    }
}
