package org.sangsaeng.purchase.process;

import java.time.Instant;
import java.util.Map;
import org.sangsaeng.engine.JobHandler;
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
    JobHandler purchaseRecordVote(PurchaseSteps steps) {
        return JobHandler.of(
                "purchase-record-vote",
                job -> {
                    VoteResult v = job.getVariablesAsType(VoteResult.class);
                    steps.recordVote(v.purchaseId(), v.voteId(), v.voteOutcome());
                });
    }

    @Bean
    JobHandler purchaseReject(PurchaseSteps steps) {
        return JobHandler.of(
                "purchase-reject",
                job -> steps.reject(job.getVariablesAsType(Ids.class).purchaseId()));
    }

    @Bean
    JobHandler purchaseCancel(PurchaseSteps steps) {
        return JobHandler.of(
                "purchase-cancel",
                job -> steps.cancel(job.getVariablesAsType(Ids.class).purchaseId()));
    }

    @Bean
    JobHandler purchaseOpenOrdering(PurchaseSteps steps) {
        return JobHandler.producing(
                "purchase-open-ordering",
                job ->
                        Map.of(
                                "members",
                                steps.openOrdering(
                                        job.getVariablesAsType(Ids.class).purchaseId())));
    }

    @Bean
    JobHandler purchaseCloseOrder(PurchaseSteps steps) {
        return JobHandler.producing(
                "purchase-close-order",
                job -> {
                    long purchaseId = job.getVariablesAsType(Ids.class).purchaseId();
                    return Map.of(
                            "belowMinimum",
                            steps.closeOrder(purchaseId),
                            "belowMinimumDue",
                            steps.decisionDue(purchaseId).toString());
                });
    }

    @Bean
    JobHandler purchaseExtendOrder(PurchaseSteps steps) {
        return JobHandler.producing(
                "purchase-extend-order",
                job -> {
                    Extension e = job.getVariablesAsType(Extension.class);
                    return Map.of(
                            "orderDeadline",
                            steps.extendOrder(e.purchaseId(), Instant.parse(e.newOrderDeadline()))
                                    .toString());
                });
    }

    @Bean
    JobHandler purchaseSendOrder(PurchaseSteps steps) {
        return JobHandler.producing(
                "purchase-send-order",
                job -> {
                    SendOrder order = job.getVariablesAsType(SendOrder.class);
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
    JobHandler purchaseApplyAnswer(PurchaseSteps steps) {
        return JobHandler.producing(
                "purchase-apply-answer",
                job -> {
                    long purchaseId = job.getVariablesAsType(Ids.class).purchaseId();
                    return Map.of(
                            "priceRiseAboveLimit",
                            steps.applySupplierAnswer(purchaseId),
                            "priceRiseDue",
                            steps.decisionDue(purchaseId).toString());
                });
    }

    @Bean
    JobHandler purchaseSplit(PurchaseSteps steps) {
        return JobHandler.producing(
                "purchase-split",
                job -> {
                    PurchaseSteps.Split split =
                            steps.split(job.getVariablesAsType(Ids.class).purchaseId());
                    return Map.of(
                            "payers", split.payers(), "paymentDue", split.paymentDue().toString());
                });
    }

    @Bean
    JobHandler purchaseRecordPayment(PurchaseSteps steps) {
        // The last payment recorded ends the settlement and the leader's delivery confirmation
        // starts: deliveryDue of the last one is the one that counts.
        return JobHandler.producing(
                "purchase-record-payment",
                job -> {
                    Payment p = job.getVariablesAsType(Payment.class);
                    steps.paymentConfirmed(p.purchaseId(), p.payer());
                    return Map.of("deliveryDue", steps.decisionDue(p.purchaseId()).toString());
                });
    }

    @Bean
    JobHandler purchaseClose(PurchaseSteps steps) {
        return JobHandler.of(
                "purchase-close",
                job -> steps.close(job.getVariablesAsType(Ids.class).purchaseId()));
    }
}
