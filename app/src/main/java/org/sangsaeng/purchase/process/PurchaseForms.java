package org.sangsaeng.purchase.process;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.engine.UserTaskForm;
import org.sangsaeng.purchase.PledgeForm;
import org.sangsaeng.purchase.PurchaseTasks;
import org.sangsaeng.purchase.SilentSupplierDecision;
import org.sangsaeng.shared.FormValues;
import org.sangsaeng.shared.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rules of the group purchase's task forms: what each person may submit, checked on the server.
 */
@Configuration(proxyBeanMethods = false)
class PurchaseForms {

    @Bean
    UserTaskForm pledgeForm(PurchaseTasks tasks) {
        return UserTaskForm.of(
                FormKey.PURCHASE_PLEDGE.key(),
                (submitted, vars) -> {
                    if (Boolean.TRUE.equals(submitted.get("nothing"))) {
                        tasks.takeNothing(purchaseId(vars));
                        return Map.of();
                    }
                    if (submitted.get("lines") == null) {
                        throw new InvalidInputException("error.pledge.empty");
                    }
                    tasks.pledge(
                            purchaseId(vars),
                            new PledgeForm(
                                    lines(submitted.get("lines"), "lines").stream()
                                            .map(
                                                    l ->
                                                            new PledgeForm.LinePledge(
                                                                    FormValues.wholeNumber(
                                                                            l.get("lineId")),
                                                                    FormValues.wholeNumber(
                                                                            l.get("quantity")),
                                                                    FormValues.wholeNumber(
                                                                            l.getOrDefault(
                                                                                    "tolerance",
                                                                                    0))))
                                            .toList()));
                    return Map.of();
                },
                (member, vars) -> tasks.pledgeNotTaken(purchaseId(vars), member));
    }

    @Bean
    UserTaskForm belowMinimumForm(PurchaseTasks tasks) {
        return UserTaskForm.of(
                FormKey.PURCHASE_BELOW_MINIMUM.key(),
                (submitted, vars) -> {
                    String decision = String.valueOf(submitted.get("decision"));
                    if ("CANCEL".equals(decision)) {
                        return Map.of("decision", "CANCEL");
                    }
                    if (!"EXTEND".equals(decision)) {
                        throw new InvalidInputException("error.purchase.decisionRequired");
                    }
                    Instant deadline;
                    try {
                        deadline = Instant.parse(String.valueOf(submitted.get("newOrderDeadline")));
                    } catch (DateTimeParseException e) {
                        throw new InvalidInputException("error.purchase.deadlineRequired");
                    }
                    tasks.checkExtension(purchaseId(vars), deadline);
                    return Map.of("decision", "EXTEND", "newOrderDeadline", deadline.toString());
                });
    }

    @Bean
    UserTaskForm supplierAnswerForm(PurchaseTasks tasks) {
        return UserTaskForm.of(
                FormKey.PURCHASE_SUPPLIER_ANSWER.key(),
                (submitted, vars) -> {
                    String answer = String.valueOf(submitted.get("answer"));
                    Map<Long, long[]> confirmed = new HashMap<>();
                    if (submitted.get("lines") != null) {
                        for (Map<String, Object> l : lines(submitted.get("lines"), "lines")) {
                            confirmed.put(
                                    FormValues.wholeNumber(l.get("lineId")),
                                    new long[] {
                                        FormValues.wholeNumber(l.get("packs")),
                                        FormValues.wholeNumber(l.get("unitPrice"))
                                    });
                        }
                    }
                    tasks.supplierAnswer(
                            purchaseId(vars),
                            answer,
                            confirmed,
                            FormValues.text(submitted.get("reason"), "reason"));
                    return Map.of("supplierAnswer", answer);
                },
                (supplier, vars) -> tasks.supplierAnswerNotTaken(purchaseId(vars)));
    }

    @Bean
    UserTaskForm supplierTimeoutForm(PurchaseTasks tasks) {
        return UserTaskForm.of(
                FormKey.PURCHASE_SUPPLIER_TIMEOUT.key(),
                (submitted, vars) -> {
                    SilentSupplierDecision decision =
                            SilentSupplierDecision.from(submitted.get("decision"));
                    if (decision == SilentSupplierDecision.CANCEL) {
                        tasks.cancelForSilentSupplier(
                                purchaseId(vars),
                                FormValues.text(submitted.get("reason"), "reason"));
                        return Map.of("decision", decision.name());
                    }
                    Instant due;
                    try {
                        due = Instant.parse(String.valueOf(submitted.get("supplierAnswerDue")));
                    } catch (DateTimeParseException e) {
                        throw new InvalidInputException("error.purchase.answerTimeRequired");
                    }
                    return Map.of(
                            "decision",
                            decision.name(),
                            "resendAnswerDue",
                            tasks.resendToSupplier(purchaseId(vars), due).toString());
                });
    }

    @Bean
    UserTaskForm priceRiseForm() {
        return UserTaskForm.of(
                FormKey.PURCHASE_PRICE_RISE.key(),
                (submitted, vars) -> {
                    if (!(submitted.get("priceAccepted") instanceof Boolean accepted)) {
                        throw new InvalidInputException("error.purchase.decisionRequired");
                    }
                    return Map.of("priceAccepted", accepted);
                });
    }

    @Bean
    UserTaskForm paymentForm(PurchaseTasks tasks) {
        return UserTaskForm.of(
                FormKey.PURCHASE_PAYMENT.key(),
                (submitted, vars) -> {
                    if (!Boolean.TRUE.equals(submitted.get("paid"))) {
                        throw new InvalidInputException("error.purchase.paidRequired");
                    }
                    // The leader's confirmation of this payment is due from now (local to the
                    // payer's settlement).
                    return Map.of("receiptDue", tasks.receiptDue(purchaseId(vars)).toString());
                });
    }

    @Bean
    UserTaskForm paymentReceiptForm(PurchaseTasks tasks) {
        return UserTaskForm.of(
                FormKey.PURCHASE_PAYMENT_RECEIPT.key(),
                (submitted, vars) -> {
                    boolean fullyPaid =
                            tasks.recordPayment(
                                    purchaseId(vars),
                                    String.valueOf(vars.get("payer")),
                                    FormValues.wholeNumber(submitted.get("amount")));
                    // Partly paid: the member's payment task comes back for the rest.
                    return Map.of("fullyPaid", fullyPaid);
                });
    }

    @Bean
    UserTaskForm deliveryForm(PurchaseTasks tasks) {
        return UserTaskForm.of(
                FormKey.PURCHASE_DELIVERY.key(),
                (submitted, vars) -> {
                    if (!Boolean.TRUE.equals(submitted.get("delivered"))) {
                        throw new InvalidInputException("error.purchase.deliveredRequired");
                    }
                    tasks.delivered(purchaseId(vars));
                    return Map.of();
                });
    }

    private static long purchaseId(Map<String, Object> vars) {
        return ((Number) vars.get("purchaseId")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(Object raw, String field) {
        if (!(raw instanceof List<?> list) || list.stream().anyMatch(x -> !(x instanceof Map))) {
            throw new InvalidInputException("error.form.lines", field);
        }
        return (List<Map<String, Object>>) raw;
    }
}
