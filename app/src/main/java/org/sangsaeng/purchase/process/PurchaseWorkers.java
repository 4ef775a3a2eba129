package org.sangsaeng.purchase.process;

import java.time.Instant;
import java.util.Map;
import org.sangsaeng.engine.StepWorker;
import org.sangsaeng.purchase.PurchaseSteps;
import org.sangsaeng.voting.Outcome;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of group-purchase.bpmn: each one service call, variables in and out. */
@Configuration(proxyBeanMethods = false)
class PurchaseWorkers {

    record Ids(long purchaseId) {}

    record VoteResult(long purchaseId, long voteId, Outcome voteOutcome) {}

    record Extension(long purchaseId, String newOrderDeadline) {}

    record Payment(long purchaseId, String payer) {}

    /**
     * {@code resendAnswerDue}: the leader's new answer time when the order goes out again, else
     * absent.
     */
    record SendOrder(long purchaseId, String resendAnswerDue) {}

    @Bean
    StepWorker purchaseRecordVote(PurchaseSteps steps) {
        return StepWorker.of(
                "purchase-record-vote",
                VoteResult.class,
                v -> steps.recordVote(v.purchaseId(), v.voteId(), v.voteOutcome()));
    }

    @Bean
    StepWorker purchaseReject(PurchaseSteps steps) {
        return StepWorker.of("purchase-reject", Ids.class, ids -> steps.reject(ids.purchaseId()));
    }

    @Bean
    StepWorker purchaseCancel(PurchaseSteps steps) {
        return StepWorker.of("purchase-cancel", Ids.class, ids -> steps.cancel(ids.purchaseId()));
    }

    @Bean
    StepWorker purchaseOpenOrdering(PurchaseSteps steps) {
        return StepWorker.producing(
                "purchase-open-ordering",
                Ids.class,
                ids -> Map.of("members", steps.openOrdering(ids.purchaseId())));
    }

    @Bean
    StepWorker purchaseCloseOrder(PurchaseSteps steps) {
        return StepWorker.producing(
                "purchase-close-order",
                Ids.class,
                ids -> {
                    long purchaseId = ids.purchaseId();
                    return Map.of(
                            "belowMinimum",
                            steps.closeOrder(purchaseId),
                            "belowMinimumDue",
                            steps.decisionDue(purchaseId).toString());
                });
    }

    @Bean
    StepWorker purchaseExtendOrder(PurchaseSteps steps) {
        return StepWorker.producing(
                "purchase-extend-order",
                Extension.class,
                e ->
                        Map.of(
                                "orderDeadline",
                                steps.extendOrder(
                                                e.purchaseId(), Instant.parse(e.newOrderDeadline()))
                                        .toString()));
    }

    @Bean
    StepWorker purchaseSendOrder(PurchaseSteps steps) {
        return StepWorker.producing(
                "purchase-send-order",
                SendOrder.class,
                order -> {
                    PurchaseSteps.SentOrder sent =
                            steps.sendOrder(
                                    order.purchaseId(),
                                    order.resendAnswerDue() == null
                                            ? null
                                            : Instant.parse(order.resendAnswerDue()));
                    return Map.of(
                            "supplierAnswerDue",
                            sent.supplierAnswerDue().toString(),
                            "leaderDecisionDue",
                            sent.leaderDecisionDue().toString());
                });
    }

    @Bean
    StepWorker purchaseApplyAnswer(PurchaseSteps steps) {
        return StepWorker.producing(
                "purchase-apply-answer",
                Ids.class,
                ids -> {
                    long purchaseId = ids.purchaseId();
                    return Map.of(
                            "priceRiseAboveLimit",
                            steps.applySupplierAnswer(purchaseId),
                            "priceRiseDue",
                            steps.decisionDue(purchaseId).toString());
                });
    }

    @Bean
    StepWorker purchaseSplit(PurchaseSteps steps) {
        return StepWorker.producing(
                "purchase-split",
                Ids.class,
                ids -> {
                    PurchaseSteps.Split split = steps.split(ids.purchaseId());
                    return Map.of(
                            "payers", split.payers(), "paymentDue", split.paymentDue().toString());
                });
    }

    @Bean
    StepWorker purchaseRecordPayment(PurchaseSteps steps) {
        // The last payment recorded ends the settlement and the leader's delivery confirmation
        // starts: deliveryDue of the last one is the one that counts.
        return StepWorker.producing(
                "purchase-record-payment",
                Payment.class,
                p -> {
                    steps.paymentConfirmed(p.purchaseId(), p.payer());
                    return Map.of("deliveryDue", steps.decisionDue(p.purchaseId()).toString());
                });
    }

    @Bean
    StepWorker purchaseClose(PurchaseSteps steps) {
        return StepWorker.of("purchase-close", Ids.class, ids -> steps.close(ids.purchaseId()));
    }
}
