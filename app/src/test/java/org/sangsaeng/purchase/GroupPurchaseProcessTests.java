package org.sangsaeng.purchase;

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
 * group-purchase.bpmn (with member-vote.bpmn) on Zeebe's in-memory engine, every path; the test
 * plays the workers and the people.
 */
class GroupPurchaseProcessTests extends ProcessTest {

    GroupPurchaseProcessTests() {
        super("member-vote.bpmn", "group-purchase.bpmn");
    }

    @Test
    void passedProposalGoesThroughOrderSupplierSplitAndSettlementToClosed() throws Exception {
        long instance = orderedAndAnswered("CONFIRM", false);
        split(List.of("kim.bakery", "park.butcher"));
        settleAll(2);
        deliverAndClose();

        assertThat(engine.completedElements(instance))
                .containsSubsequence(
                        "MemberVoteCallActivity",
                        "RecordVoteResultTask",
                        "OpenOrderingTask",
                        "PledgeTask",
                        "CloseOrderTask",
                        "SendOrderTask",
                        "SupplierAnswerTask",
                        "ApplySupplierAnswerTask",
                        "SplitCostsTask",
                        "SettlementSubProcess",
                        "ConfirmDeliveryTask",
                        "ClosePurchaseTask",
                        "PurchaseClosedEndEvent",
                        "group-purchase");
    }

    @Test
    void withoutQuorumTheProposalIsClosedAsRejected() throws Exception {
        long instance = start();
        vote("NO_QUORUM");
        engine.complete(engine.single("purchase-reject"), Map.of());
        assertThat(engine.completedElements(instance))
                .endsWith("ProposalRejectedEndEvent", "group-purchase");
        assertThat(engine.activate("purchase-open-ordering")).isEmpty();
    }

    @Test
    void aRejectedProposalIsClosedAsRejected() throws Exception {
        long instance = start();
        vote("FAILED");
        engine.complete(engine.single("purchase-reject"), Map.of());
        assertThat(engine.completedElements(instance))
                .contains("RejectProposalTask", "ProposalRejectedEndEvent");
    }

    @Test
    void belowTheMinimumTheLeaderMayExtendOnceAndThenCancel() throws Exception {
        long instance = closed(true);
        leaderDecides("purchase-below-minimum", Map.of("decision", "EXTEND"));
        engine.complete(engine.single("purchase-extend-order"), Map.of("orderDeadline", inDays(2)));
        assertThat(engine.activate(USER_TASK)).as("pledging again").hasSize(MEMBERS.size());

        engine.increaseTime(Duration.ofDays(3));
        closeOrder(true);
        leaderDecides("purchase-below-minimum", Map.of("decision", "CANCEL"));
        engine.complete(engine.single("purchase-cancel"), Map.of());
        assertThat(engine.completedElements(instance))
                .contains("ExtendOrderTask", "CancelPurchaseTask", "PurchaseCancelledEndEvent");
    }

    @Test
    void aPartlyFilledOrderIsReallocatedAndGoesOn() throws Exception {
        long instance = orderedAndAnswered("PARTIAL", false);
        split(List.of("kim.bakery"));
        settleAll(1);
        deliverAndClose();
        assertThat(engine.completedElements(instance))
                .contains("ApplySupplierAnswerTask", "PurchaseClosedEndEvent");
    }

    @Test
    void aSupplierRejectionCancelsThePurchase() throws Exception {
        long instance = orderSent();
        supplierAnswers("REJECT");
        engine.complete(engine.single("purchase-cancel"), Map.of());
        assertThat(engine.completedElements(instance))
                .contains("CancelPurchaseTask", "PurchaseCancelledEndEvent");
    }

    @Test
    void aSilentSupplierIsRemindedThenTheLeaderResendsAndTheSupplierAnswers() throws Exception {
        long instance = orderSent();

        engine.increaseTime(Duration.ofHours(25));
        engine.complete(engine.single("task-remind"), Map.of());
        engine.increaseTime(Duration.ofHours(24));
        ActivatedJob timeout = engine.single(USER_TASK);
        assertThat(timeout.getElementId()).isEqualTo("SupplierTimeoutTask");
        assertThat(timeout.getCustomHeaders().get("io.camunda.zeebe:candidateGroups"))
                .isEqualTo("[\"coop:3:leader\"]");
        String newAnswerDue = inDays(10);
        engine.complete(timeout, Map.of("decision", "RESEND", "resendAnswerDue", newAnswerDue));

        // The order goes out again with the leader's new time to answer.
        ActivatedJob resend = engine.single("purchase-send-order");
        assertThat(resend.getVariablesAsMap()).containsEntry("resendAnswerDue", newAnswerDue);
        engine.complete(
                resend, Map.of("supplierAnswerDue", newAnswerDue, "leaderDecisionDue", inDays(12)));
        supplierAnswers("CONFIRM");
        applyAnswer(false);
        assertThat(engine.completedElements(instance))
                .contains("RemindSupplierTask", "SupplierTimeoutTask");
    }

    @Test
    void
            aLeaderWhoLeavesTheSilentSupplierUndecidedIsRemindedThenTheFoundationIsToldAndTheCancelStillCounts()
                    throws Exception {
        long instance = orderSent();
        engine.increaseTime(Duration.ofHours(49));
        engine.complete(engine.single("task-remind"), Map.of());
        ActivatedJob timeout = engine.single(USER_TASK);
        assertThat(timeout.getElementId()).isEqualTo("SupplierTimeoutTask");

        // The leader has two days to decide (leaderDecisionDue): reminded a day before, the
        // foundation told at the due time.
        engine.increaseTime(Duration.ofHours(25));
        ActivatedJob remind = engine.single("task-remind");
        assertThat(remind.getCustomHeaders()).containsEntry("taskElementId", "SupplierTimeoutTask");
        engine.complete(remind, Map.of());
        engine.increaseTime(Duration.ofHours(24));
        ActivatedJob escalate = engine.single("task-escalate");
        assertThat(escalate.getCustomHeaders())
                .containsEntry("taskElementId", "SupplierTimeoutTask")
                .containsEntry("escalateTo", "foundation");
        engine.complete(escalate, Map.of());

        engine.complete(timeout, Map.of("decision", "CANCEL"));
        engine.complete(engine.single("purchase-cancel"), Map.of());
        assertThat(engine.activate("purchase-send-order")).as("not sent again").isEmpty();
        assertThat(engine.completedElements(instance))
                .contains(
                        "RemindLeaderOfSilenceTask",
                        "EscalateSilenceTask",
                        "SupplierTimeoutTask",
                        "CancelPurchaseTask",
                        "PurchaseCancelledEndEvent");
    }

    @Test
    void aPriceRiseAboveTheLimitNeedsTheLeadersAcceptance() throws Exception {
        long instance = orderedAndAnswered("PARTIAL", true);
        leaderDecides("purchase-price-rise", Map.of("priceAccepted", true));
        split(List.of("kim.bakery"));
        assertThat(engine.completedElements(instance))
                .contains("AcceptPriceRiseTask", "SplitCostsTask");
    }

    @Test
    void aRefusedPriceRiseCancelsThePurchase() throws Exception {
        long instance = orderedAndAnswered("PARTIAL", true);
        leaderDecides("purchase-price-rise", Map.of("priceAccepted", false));
        engine.complete(engine.single("purchase-cancel"), Map.of());
        assertThat(engine.completedElements(instance))
                .contains("AcceptPriceRiseTask", "PurchaseCancelledEndEvent");
    }

    @Test
    void aPartPaymentBringsThePaymentTaskBackForTheRest() throws Exception {
        long instance = orderedAndAnswered("CONFIRM", false);
        split(List.of("lee.banchan"));
        engine.complete(engine.single(USER_TASK), paid());
        engine.complete(engine.single(USER_TASK), Map.of("fullyPaid", false));
        engine.complete(engine.single("purchase-record-payment"), recorded());

        ActivatedJob again = engine.single(USER_TASK);
        assertThat(again.getElementId()).isEqualTo("PayShareTask");
        engine.complete(again, paid());
        engine.complete(engine.single(USER_TASK), Map.of("fullyPaid", true));
        engine.complete(engine.single("purchase-record-payment"), recorded());
        deliverAndClose();
        assertThat(engine.completedElements(instance)).contains("PurchaseClosedEndEvent");
    }

    @Test
    void anOverduePaymentIsRemindedThenEscalatedToTheLeaderAndStillSettles() throws Exception {
        long instance = orderedAndAnswered("CONFIRM", false);
        split(List.of("park.butcher"));

        engine.increaseTime(Duration.ofDays(6).plusHours(1));
        engine.complete(engine.single("task-remind"), Map.of());
        engine.increaseTime(Duration.ofDays(1));
        ActivatedJob escalate = engine.single("task-escalate");
        assertThat(escalate.getCustomHeaders()).containsEntry("escalateTo", "coop:{coopId}:leader");
        engine.complete(escalate, Map.of());

        settleAll(1);
        deliverAndClose();
        assertThat(engine.completedElements(instance))
                .contains("RemindPayerTask", "EscalatePaymentTask", "PurchaseClosedEndEvent");
    }

    @Test
    void
            aLeaderWhoLeavesTheBelowMinimumDecisionIsRemindedThenTheFoundationIsToldAndTheDecisionStillCounts()
                    throws Exception {
        long instance = closed(true);
        ActivatedJob decision = engine.single(USER_TASK);
        assertThat(decision.getElementId()).isEqualTo("DecideBelowMinimumTask");
        assertThat(decision.getCustomHeaders())
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"coop:3:leader\"]")
                .containsKey("io.camunda.zeebe:dueDate");

        engine.remindsThenEscalates(
                "DecideBelowMinimumTask", DECISION_TIME, REMINDER_LEAD, "foundation");

        engine.complete(decision, Map.of("decision", "CANCEL"));
        engine.complete(engine.single("purchase-cancel"), Map.of());
        assertThat(engine.completedElements(instance))
                .contains(
                        "RemindDecideBelowMinimumTask",
                        "EscalateDecideBelowMinimumTask",
                        "DecideBelowMinimumTask",
                        "PurchaseCancelledEndEvent");
    }

    @Test
    void
            aLeaderWhoLeavesAPriceRiseUndecidedIsRemindedThenTheFoundationIsToldAndTheAcceptanceStillCounts()
                    throws Exception {
        long instance = orderedAndAnswered("PARTIAL", true);
        ActivatedJob priceRise = engine.single(USER_TASK);
        assertThat(priceRise.getElementId()).isEqualTo("AcceptPriceRiseTask");

        engine.remindsThenEscalates(
                "AcceptPriceRiseTask", DECISION_TIME, REMINDER_LEAD, "foundation");

        engine.complete(priceRise, Map.of("priceAccepted", true));
        split(List.of("kim.bakery"));
        assertThat(engine.completedElements(instance))
                .contains(
                        "RemindAcceptPriceRiseTask",
                        "EscalateAcceptPriceRiseTask",
                        "AcceptPriceRiseTask",
                        "SplitCostsTask");
    }

    @Test
    void
            aLeaderSlowToConfirmAPaymentAndTheDeliveryIsRemindedThenTheFoundationIsToldAndBothStillCount()
                    throws Exception {
        long instance = orderedAndAnswered("CONFIRM", false);
        split(List.of("kim.bakery"));
        engine.complete(engine.single(USER_TASK), paid());
        ActivatedJob receipt = engine.single(USER_TASK);
        assertThat(receipt.getElementId()).isEqualTo("ConfirmPaymentTask");

        engine.remindsThenEscalates(
                "ConfirmPaymentTask", DECISION_TIME, REMINDER_LEAD, "foundation");
        engine.complete(receipt, Map.of("fullyPaid", true));
        engine.complete(engine.single("purchase-record-payment"), recorded());

        ActivatedJob delivery = engine.single(USER_TASK);
        assertThat(delivery.getElementId()).isEqualTo("ConfirmDeliveryTask");
        engine.remindsThenEscalates(
                "ConfirmDeliveryTask", DECISION_TIME, REMINDER_LEAD, "foundation");
        engine.complete(delivery, Map.of("delivered", true));
        engine.complete(engine.single("purchase-close"), Map.of());

        assertThat(engine.completedElements(instance))
                .contains(
                        "RemindConfirmPaymentTask",
                        "EscalateConfirmPaymentTask",
                        "ConfirmPaymentTask",
                        "RemindConfirmDeliveryTask",
                        "EscalateConfirmDeliveryTask",
                        "ConfirmDeliveryTask",
                        "PurchaseClosedEndEvent");
    }

    @Test
    void eachPaymentGivesTheLeaderItsOwnTimeToConfirm() throws Exception {
        orderedAndAnswered("CONFIRM", false);
        split(List.of("kim.bakery", "park.butcher"));
        List<ActivatedJob> payments = engine.activate(USER_TASK);
        engine.complete(
                payments.get(0),
                Map.of("paid", true, "receiptDue", engine.inEngineTime(Duration.ofHours(10))));
        engine.complete(
                payments.get(1),
                Map.of("paid", true, "receiptDue", engine.inEngineTime(Duration.ofHours(40))));

        List<ActivatedJob> receipts = engine.activate(USER_TASK);
        assertThat(receipts)
                .extracting(r -> r.getCustomHeaders().get("io.camunda.zeebe:dueDate"))
                .doesNotHaveDuplicates()
                .hasSize(2);
    }

    /** A passed proposal, pledged by every member and closed for ordering. */
    private long closed(boolean belowMinimum) throws Exception {
        long instance = start();
        vote("PASSED");
        pledgeAll();
        closeOrder(belowMinimum);
        return instance;
    }

    /** A passed proposal, pledged, closed and sent to the supplier. */
    private long orderSent() throws Exception {
        long instance = closed(false);
        sendOrder();
        return instance;
    }

    /** A passed proposal, pledged, ordered and answered by the supplier. */
    private long orderedAndAnswered(String answer, boolean priceRiseAboveLimit) throws Exception {
        long instance = orderSent();
        supplierAnswers(answer);
        applyAnswer(priceRiseAboveLimit);
        return instance;
    }

    private long start() {
        Map<String, Object> v = new HashMap<>();
        v.put("purchaseId", 11);
        v.put("coopId", 3);
        v.put("supplierId", 5);
        v.put("businessKey", "group-purchase-11");
        v.put("voteTitle", "밀가루 20kg 공동구매");
        v.put("voteDeadline", inDays(2));
        v.put("orderDeadline", inDays(4));
        v.put("quorumPercent", 50);
        v.put("approvalRule", "SIMPLE_MAJORITY");
        v.put("reasonRequiredForNo", false);
        v.put("reminderLead", REMINDER_LEAD.toString());
        return engine.start("group-purchase", v);
    }

    private void vote(String outcome) throws Exception {
        engine.complete(engine.single("vote-open"), Map.of("voteId", 21, "electorate", List.of()));
        engine.complete(engine.single("vote-close"), Map.of("voteOutcome", outcome));
        ActivatedJob record = engine.single("purchase-record-vote");
        assertThat(record.getVariablesAsMap())
                .containsEntry("voteOutcome", outcome)
                .containsEntry("voteId", 21);
        engine.complete(record, Map.of());
    }

    private void pledgeAll() throws Exception {
        engine.complete(engine.single("purchase-open-ordering"), Map.of("members", MEMBERS));
        List<ActivatedJob> pledges = engine.activate(USER_TASK);
        assertThat(pledges)
                .extracting(j -> j.getCustomHeaders().get("io.camunda.zeebe:assignee"))
                .containsExactlyInAnyOrderElementsOf(MEMBERS);
        pledges.forEach(p -> engine.complete(p, Map.of()));
    }

    private void closeOrder(boolean belowMinimum) throws Exception {
        engine.complete(
                engine.single("purchase-close-order"),
                Map.of(
                        "belowMinimum",
                        belowMinimum,
                        "belowMinimumDue",
                        engine.inEngineTime(DECISION_TIME)));
    }

    private void sendOrder() throws Exception {
        engine.complete(
                engine.single("purchase-send-order"),
                Map.of("supplierAnswerDue", inDays(2), "leaderDecisionDue", inDays(4)));
    }

    private void supplierAnswers(String answer) throws Exception {
        ActivatedJob task = engine.single(USER_TASK);
        assertThat(task.getElementId()).isEqualTo("SupplierAnswerTask");
        assertThat(task.getCustomHeaders().get("io.camunda.zeebe:candidateGroups"))
                .isEqualTo("[\"supplier:5\"]");
        engine.complete(task, Map.of("supplierAnswer", answer));
    }

    private void applyAnswer(boolean priceRiseAboveLimit) throws Exception {
        engine.complete(
                engine.single("purchase-apply-answer"),
                Map.of(
                        "priceRiseAboveLimit",
                        priceRiseAboveLimit,
                        "priceRiseDue",
                        engine.inEngineTime(DECISION_TIME)));
    }

    private void leaderDecides(String formKey, Map<String, Object> decision) throws Exception {
        ActivatedJob task = engine.single(USER_TASK);
        assertThat(task.getCustomHeaders()).containsEntry("io.camunda.zeebe:formKey", formKey);
        engine.complete(task, decision);
    }

    private void split(List<String> payers) throws Exception {
        engine.complete(
                engine.single("purchase-split"), Map.of("payers", payers, "paymentDue", inDays(7)));
    }

    private void settleAll(int payers) throws Exception {
        List<ActivatedJob> payments = engine.activate(USER_TASK);
        assertThat(payments)
                .hasSize(payers)
                .allSatisfy(p -> assertThat(p.getElementId()).isEqualTo("PayShareTask"));
        payments.forEach(p -> engine.complete(p, paid()));
        List<ActivatedJob> receipts = engine.activate(USER_TASK);
        assertThat(receipts)
                .hasSize(payers)
                .allSatisfy(r -> assertThat(r.getElementId()).isEqualTo("ConfirmPaymentTask"));
        receipts.forEach(r -> engine.complete(r, Map.of("fullyPaid", true)));
        List<ActivatedJob> records = engine.activate("purchase-record-payment");
        assertThat(records).hasSize(payers);
        records.forEach(r -> engine.complete(r, recorded()));
    }

    /** The member's "paid" and, as the payment form adds it, when the leader must confirm it. */
    private Map<String, Object> paid() {
        return Map.of("paid", true, "receiptDue", engine.inEngineTime(DECISION_TIME));
    }

    /**
     * What the record-payment worker returns: when the delivery confirmation is due if this was the
     * last payment.
     */
    private Map<String, Object> recorded() {
        return Map.of("deliveryDue", engine.inEngineTime(DECISION_TIME));
    }

    private void deliverAndClose() throws Exception {
        leaderDecides("purchase-delivery", Map.of("delivered", true));
        engine.complete(engine.single("purchase-close"), Map.of());
    }

    private static String inDays(int days) {
        return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
