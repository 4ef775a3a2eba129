package org.sangsaeng.sale.process;

import java.util.HashMap;
import java.util.Map;
import org.sangsaeng.engine.StepWorker;
import org.sangsaeng.sale.JointSaleSteps;
import org.sangsaeng.voting.Outcome;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of joint-sale.bpmn: each one service call, variables in and out. */
@Configuration(proxyBeanMethods = false)
class JointSaleWorkers {

    record Ids(long offerId) {}

    record VoteResult(long offerId, long voteId, Outcome voteOutcome) {}

    @Bean
    StepWorker jointSaleAskShops(JointSaleSteps steps) {
        return StepWorker.producing(
                "joint-sale-ask-shops",
                Ids.class,
                ids -> {
                    JointSaleSteps.Shops shops = steps.askShops(ids.offerId());
                    // A new round: no shop has declined yet (the completion condition of the
                    // confirmations).
                    return Map.of(
                            "shops",
                            shops.shops(),
                            "partsDue",
                            shops.due().toString(),
                            "partDeclined",
                            false);
                });
    }

    @Bean
    StepWorker jointSaleCheckParts(JointSaleSteps steps) {
        return StepWorker.producing(
                "joint-sale-check-parts",
                Ids.class,
                ids -> {
                    JointSaleSteps.PartsChecked checked = steps.checkParts(ids.offerId());
                    return Map.of(
                            "allConfirmed",
                            checked.allConfirmed(),
                            "reviseDue",
                            checked.reviseDue().toString());
                });
    }

    @Bean
    StepWorker jointSaleOpenVote(JointSaleSteps steps) {
        return StepWorker.producing(
                "joint-sale-open-vote", Ids.class, ids -> steps.openVote(ids.offerId()));
    }

    @Bean
    StepWorker jointSaleRecordVote(JointSaleSteps steps) {
        return StepWorker.of(
                "joint-sale-record-vote",
                VoteResult.class,
                v -> steps.recordVote(v.offerId(), v.voteId(), v.voteOutcome()));
    }

    @Bean
    StepWorker jointSaleReject(JointSaleSteps steps) {
        return StepWorker.of("joint-sale-reject", Ids.class, ids -> steps.reject(ids.offerId()));
    }

    @Bean
    StepWorker jointSaleOpenOrders(JointSaleSteps steps) {
        return StepWorker.producing(
                "joint-sale-open-orders",
                Ids.class,
                ids -> Map.of("orderDeadline", steps.openOrders(ids.offerId()).toString()));
    }

    @Bean
    StepWorker jointSaleCloseOrders(JointSaleSteps steps) {
        return StepWorker.producing(
                "joint-sale-close-orders",
                Ids.class,
                ids -> {
                    JointSaleSteps.ClosedOrders closed = steps.closeOrders(ids.offerId());
                    Map<String, Object> out = new HashMap<>();
                    out.put("belowMinimum", closed.belowMinimum());
                    out.put("belowMinimumDue", closed.belowMinimumDue().toString());
                    out.put("shops", closed.shops());
                    out.put("prepareDue", closed.prepareDue().toString());
                    out.put("pickupEnds", closed.pickupEnds().toString());
                    return out;
                });
    }

    @Bean
    StepWorker jointSaleCancel(JointSaleSteps steps) {
        return StepWorker.of("joint-sale-cancel", Ids.class, ids -> steps.cancel(ids.offerId()));
    }

    @Bean
    StepWorker jointSaleClose(JointSaleSteps steps) {
        return StepWorker.of("joint-sale-close", Ids.class, ids -> steps.close(ids.offerId()));
    }
}
