package org.sangsaeng.sale.process;

import java.util.HashMap;
import java.util.Map;
import org.sangsaeng.engine.JobHandler;
import org.sangsaeng.sale.JointSaleSteps;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of joint-sale.bpmn: each one service call, variables in and out. */
@Configuration(proxyBeanMethods = false)
class JointSaleWorkers {

    record Ids(long offerId) {}

    record VoteResult(long offerId, long voteId, String voteOutcome) {}

    @Bean
    JobHandler jointSaleAskShops(JointSaleSteps steps) {
        return JobHandler.producing(
                "joint-sale-ask-shops",
                job -> {
                    JointSaleSteps.Shops shops =
                            steps.askShops(job.getVariablesAsType(Ids.class).offerId());
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
    JobHandler jointSaleCheckParts(JointSaleSteps steps) {
        return JobHandler.producing(
                "joint-sale-check-parts",
                job -> {
                    JointSaleSteps.PartsChecked checked =
                            steps.checkParts(job.getVariablesAsType(Ids.class).offerId());
                    return Map.of(
                            "allConfirmed",
                            checked.allConfirmed(),
                            "reviseDue",
                            checked.reviseDue().toString());
                });
    }

    @Bean
    JobHandler jointSaleOpenVote(JointSaleSteps steps) {
        return JobHandler.producing(
                "joint-sale-open-vote",
                job -> steps.openVote(job.getVariablesAsType(Ids.class).offerId()));
    }

    @Bean
    JobHandler jointSaleRecordVote(JointSaleSteps steps) {
        return JobHandler.of(
                "joint-sale-record-vote",
                job -> {
                    VoteResult v = job.getVariablesAsType(VoteResult.class);
                    steps.recordVote(v.offerId(), v.voteId(), v.voteOutcome());
                });
    }

    @Bean
    JobHandler jointSaleReject(JointSaleSteps steps) {
        return JobHandler.of(
                "joint-sale-reject",
                job -> steps.reject(job.getVariablesAsType(Ids.class).offerId()));
    }

    @Bean
    JobHandler jointSaleOpenOrders(JointSaleSteps steps) {
        return JobHandler.producing(
                "joint-sale-open-orders",
                job ->
                        Map.of(
                                "orderDeadline",
                                steps.openOrders(job.getVariablesAsType(Ids.class).offerId())
                                        .toString()));
    }

    @Bean
    JobHandler jointSaleCloseOrders(JointSaleSteps steps) {
        return JobHandler.producing(
                "joint-sale-close-orders",
                job -> {
                    JointSaleSteps.ClosedOrders closed =
                            steps.closeOrders(job.getVariablesAsType(Ids.class).offerId());
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
    JobHandler jointSaleCancel(JointSaleSteps steps) {
        return JobHandler.of(
                "joint-sale-cancel",
                job -> steps.cancel(job.getVariablesAsType(Ids.class).offerId()));
    }

    @Bean
    JobHandler jointSaleClose(JointSaleSteps steps) {
        return JobHandler.of(
                "joint-sale-close",
                job -> steps.close(job.getVariablesAsType(Ids.class).offerId()));
    }
}
