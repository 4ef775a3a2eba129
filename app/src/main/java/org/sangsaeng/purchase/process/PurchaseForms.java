package org.sangsaeng.purchase.process;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sangsaeng.engine.UserTaskForm;
import org.sangsaeng.purchase.PledgeForm;
import org.sangsaeng.purchase.PurchaseTasks;
import org.sangsaeng.shared.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rules of the group purchase's task forms: what each person may submit, checked on the server. */
@Configuration(proxyBeanMethods = false)
class PurchaseForms {

    @Bean
    UserTaskForm pledgeForm(PurchaseTasks tasks) {
        return form("purchase-pledge", (submitted, vars) -> {
            tasks.pledge(purchaseId(vars), new PledgeForm(lines(submitted.get("lines")).stream()
                    .map(l -> new PledgeForm.LinePledge(number(l.get("lineId")), number(l.get("quantity")),
                            number(l.getOrDefault("tolerance", 0))))
                    .toList()));
            return Map.of();
        });
    }

    @Bean
    UserTaskForm belowMinimumForm(PurchaseTasks tasks) {
        return form("purchase-below-minimum", (submitted, vars) -> {
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
        return form("purchase-supplier-answer", (submitted, vars) -> {
            String answer = String.valueOf(submitted.get("answer"));
            Map<Long, long[]> confirmed = new HashMap<>();
            if (submitted.get("lines") != null) {
                for (Map<String, Object> l : lines(submitted.get("lines"))) {
                    confirmed.put(number(l.get("lineId")), new long[] {number(l.get("packs")), number(l.get("unitPrice"))});
                }
            }
            tasks.supplierAnswer(purchaseId(vars), answer, confirmed, (String) submitted.get("reason"));
            return Map.of("supplierAnswer", answer);
        });
    }

    @Bean
    UserTaskForm priceRiseForm() {
        return form("purchase-price-rise", (submitted, vars) -> {
            if (!(submitted.get("priceAccepted") instanceof Boolean accepted)) {
                throw new InvalidInputException("error.purchase.decisionRequired");
            }
            return Map.of("priceAccepted", accepted);
        });
    }

    @Bean
    UserTaskForm paymentForm() {
        return form("purchase-payment", (submitted, vars) -> {
            if (!Boolean.TRUE.equals(submitted.get("paid"))) {
                throw new InvalidInputException("error.purchase.paidRequired");
            }
            return Map.of();
        });
    }

    @Bean
    UserTaskForm paymentReceiptForm(PurchaseTasks tasks) {
        return form("purchase-payment-receipt", (submitted, vars) -> {
            boolean fullyPaid = tasks.recordPayment(purchaseId(vars), String.valueOf(vars.get("payer")),
                    number(submitted.get("amount")));
            // Partly paid: the member's payment task comes back for the rest.
            return Map.of("fullyPaid", fullyPaid);
        });
    }

    @Bean
    UserTaskForm deliveryForm(PurchaseTasks tasks) {
        return form("purchase-delivery", (submitted, vars) -> {
            if (!Boolean.TRUE.equals(submitted.get("delivered"))) {
                throw new InvalidInputException("error.purchase.deliveredRequired");
            }
            tasks.delivered(purchaseId(vars));
            return Map.of();
        });
    }

    interface Rule {
        Map<String, Object> check(Map<String, Object> submitted, Map<String, Object> taskVariables);
    }

    private static UserTaskForm form(String key, Rule rule) {
        return new UserTaskForm() {
            @Override
            public String formKey() {
                return key;
            }

            @Override
            public Map<String, Object> validate(Map<String, Object> submitted, Map<String, Object> taskVariables) {
                return rule.check(submitted, taskVariables);
            }
        };
    }

    private static long purchaseId(Map<String, Object> vars) {
        return ((Number) vars.get("purchaseId")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(Object raw) {
        if (!(raw instanceof List<?> list) || list.stream().anyMatch(x -> !(x instanceof Map))) {
            throw new InvalidInputException("error.request.invalid");
        }
        return (List<Map<String, Object>>) raw;
    }

    /** Whole numbers only: 1.5 bags or "two" are refused. */
    private static long number(Object raw) {
        if (raw instanceof Integer || raw instanceof Long) {
            return ((Number) raw).longValue();
        }
        if (raw instanceof String s && s.matches("-?\\d{1,15}")) {
            return Long.parseLong(s);
        }
        throw new InvalidInputException("error.number.whole", String.valueOf(raw));
    }
}
