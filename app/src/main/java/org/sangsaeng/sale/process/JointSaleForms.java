package org.sangsaeng.sale.process;

import java.util.Map;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.engine.UserTaskForm;
import org.sangsaeng.sale.JointSaleTasks;
import org.sangsaeng.sale.OfferForm;
import org.sangsaeng.sale.PartDecision;
import org.sangsaeng.sale.PrepareAnswer;
import org.sangsaeng.sale.ReviseDecision;
import org.sangsaeng.sale.SaleDecision;
import org.sangsaeng.shared.FormValues;
import org.sangsaeng.shared.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The rules of the joint sale's task forms: what each person may answer, checked on the server. */
@Configuration(proxyBeanMethods = false)
class JointSaleForms {

    @Bean
    UserTaskForm confirmPartForm(JointSaleTasks tasks) {
        return UserTaskForm.of(
                FormKey.JOINT_SALE_CONFIRM_PART.key(),
                (submitted, vars) -> {
                    PartDecision decision =
                            FormValues.choice(
                                    PartDecision.class, submitted.get("decision"), "decision");
                    boolean declined =
                            tasks.answerPart(
                                    offerId(vars),
                                    decision,
                                    FormValues.text(submitted.get("reason"), "reason"));
                    return Map.of("partDeclined", declined);
                },
                (shop, vars) -> tasks.partAnswerNotTaken(offerId(vars), shop));
    }

    @Bean
    UserTaskForm reviseOfferForm(JointSaleTasks tasks, JsonMapper json) {
        return UserTaskForm.of(
                FormKey.JOINT_SALE_REVISE.key(),
                (submitted, vars) -> {
                    ReviseDecision decision =
                            FormValues.choice(
                                    ReviseDecision.class, submitted.get("decision"), "decision");
                    if (decision == ReviseDecision.CANCEL) {
                        tasks.cancelByProposer(
                                offerId(vars), FormValues.text(submitted.get("reason"), "reason"));
                    } else {
                        if (!(submitted.get("offer") instanceof Map<?, ?> offer)) {
                            throw new InvalidInputException("error.sale.revisionRequired");
                        }
                        OfferForm form;
                        try {
                            form = json.convertValue(offer, OfferForm.class);
                        } catch (JacksonException | IllegalArgumentException e) {
                            throw new InvalidInputException("error.sale.revisionRequired");
                        }
                        tasks.revise(offerId(vars), form);
                    }
                    return Map.of("reviseDecision", decision.name());
                });
    }

    @Bean
    UserTaskForm belowMinimumSaleForm(JointSaleTasks tasks) {
        return UserTaskForm.of(
                FormKey.JOINT_SALE_BELOW_MINIMUM.key(),
                (submitted, vars) -> {
                    SaleDecision decision =
                            FormValues.choice(
                                    SaleDecision.class, submitted.get("decision"), "decision");
                    tasks.decideBelowMinimum(
                            offerId(vars),
                            decision,
                            FormValues.text(submitted.get("reason"), "reason"));
                    return Map.of("saleDecision", decision.name());
                });
    }

    @Bean
    UserTaskForm preparePartForm(JointSaleTasks tasks) {
        return UserTaskForm.of(
                FormKey.JOINT_SALE_PREPARE.key(),
                (submitted, vars) -> {
                    PrepareAnswer answer =
                            FormValues.choice(
                                    PrepareAnswer.class, submitted.get("answer"), "answer");
                    tasks.prepared(
                            offerId(vars), answer, FormValues.text(submitted.get("note"), "note"));
                    return Map.of();
                });
    }

    private static long offerId(Map<String, Object> vars) {
        return ((Number) vars.get("offerId")).longValue();
    }
}
