package org.sangsaeng.sale.ui;

import static org.sangsaeng.tasks.ui.TaskFields.complete;
import static org.sangsaeng.tasks.ui.TaskFields.decision;
import static org.sangsaeng.tasks.ui.TaskFields.names;
import static org.sangsaeng.tasks.ui.TaskFields.text;
import static org.sangsaeng.tasks.ui.TaskFields.textArea;
import static org.sangsaeng.tasks.ui.TaskFields.values;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.sale.JointOfferService;
import org.sangsaeng.sale.OfferDetails;
import org.sangsaeng.sale.OfferForm;
import org.sangsaeng.sale.PartAnswer;
import org.sangsaeng.sale.PartDecision;
import org.sangsaeng.sale.PrepareAnswer;
import org.sangsaeng.sale.ReviseDecision;
import org.sangsaeng.sale.SaleDecision;
import org.sangsaeng.tasks.ui.TaskFormFactory;
import org.sangsaeng.ui.Feedback;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The forms of the joint sale's tasks, phone-sized; every answer offers "no" and the server checks
 * it again.
 */
@Configuration(proxyBeanMethods = false)
class SaleTaskForms {

    @Bean
    TaskFormFactory confirmPartTaskForm(JointOfferService offers, Feedback feedback) {
        return factory(
                FormKey.JOINT_SALE_CONFIRM_PART,
                offers,
                feedback,
                (o, submit) -> {
                    RadioButtonGroup<String> decision =
                            decision("sale.partDecision", names(PartDecision.values()));
                    TextArea reason = textArea("task-reason", "sale.declineReason", 1000);
                    return List.of(
                            new Paragraph(
                                    text("sale.confirmHint", won(o.salePrice()), o.setsTotal())),
                            SaleTexts.parts(o),
                            decision,
                            reason,
                            wide(complete(submit, Map.of("decision", decision, "reason", reason))));
                });
    }

    @Bean
    TaskFormFactory reviseTaskForm(JointOfferService offers, Feedback feedback) {
        return factory(
                FormKey.JOINT_SALE_REVISE,
                offers,
                feedback,
                (o, submit) -> {
                    List<Component> fields = new ArrayList<>();
                    o.parts().stream()
                            .filter(p -> p.answer() == PartAnswer.DECLINED)
                            .forEach(
                                    p ->
                                            fields.add(
                                                    new Paragraph(
                                                            text(
                                                                    "sale.declinedBy",
                                                                    p.shopName(),
                                                                    p.answerReason()))));
                    IntegerField price = number("sale.salePrice", o.salePrice());
                    price.setId("sale-price");
                    fields.add(price);
                    Map<Long, IntegerField> prices = new LinkedHashMap<>();
                    Map<Long, Checkbox> keep = new LinkedHashMap<>();
                    for (OfferDetails.PartView p : o.parts()) {
                        Checkbox kept =
                                new Checkbox(
                                        p.shopName() + " · " + p.item(),
                                        p.answer() != PartAnswer.DECLINED);
                        IntegerField partPrice = number("sale.partPrice", p.pricePerSet());
                        keep.put(p.id(), kept);
                        prices.put(p.id(), partPrice);
                        fields.add(kept);
                        fields.add(partPrice);
                    }
                    RadioButtonGroup<String> decision =
                            decision("sale.reviseDecision", names(ReviseDecision.values()));
                    TextArea reason = textArea("task-reason", "sale.cancelReason", 1000);
                    fields.add(decision);
                    fields.add(reason);
                    fields.add(
                            wide(
                                    complete(
                                            "tasks.complete",
                                            () -> {
                                                Map<String, Object> values =
                                                        values(
                                                                "decision",
                                                                decision.getValue(),
                                                                "reason",
                                                                reason.getValue());
                                                if (ReviseDecision.REVISE
                                                        .name()
                                                        .equals(decision.getValue())) {
                                                    values.put(
                                                            "offer",
                                                            revised(o, price, keep, prices));
                                                }
                                                submit.accept(values);
                                            })));
                    return fields;
                });
    }

    @Bean
    TaskFormFactory belowMinimumSaleTaskForm(JointOfferService offers, Feedback feedback) {
        return factory(
                FormKey.JOINT_SALE_BELOW_MINIMUM,
                offers,
                feedback,
                (o, submit) -> {
                    RadioButtonGroup<String> decision =
                            decision("sale.saleDecision", names(SaleDecision.values()));
                    TextArea reason = textArea("task-reason", "sale.cancelReason", 1000);
                    return List.of(
                            new Paragraph(
                                    text(
                                            "sale.belowMinimumHint",
                                            o.setsOrdered(),
                                            o.minimumSets())),
                            decision,
                            reason,
                            wide(complete(submit, Map.of("decision", decision, "reason", reason))));
                });
    }

    @Bean
    TaskFormFactory prepareTaskForm(JointOfferService offers, Feedback feedback) {
        return factory(
                FormKey.JOINT_SALE_PREPARE,
                offers,
                feedback,
                (o, submit) -> {
                    RadioButtonGroup<String> answer =
                            decision("sale.prepareAnswer", names(PrepareAnswer.values()));
                    TextArea note = textArea("task-reason", "sale.notReadyNote", 1000);
                    return List.of(
                            new Paragraph(text("sale.prepareHint", o.setsOrdered())),
                            SaleTexts.parts(o),
                            answer,
                            note,
                            wide(complete(submit, Map.of("answer", answer, "note", note))));
                });
    }

    // The offer as proposed, with the sale price and the parts the proposer kept at their new
    // prices.
    private static Map<String, Object> revised(
            OfferDetails o,
            IntegerField price,
            Map<Long, Checkbox> keep,
            Map<Long, IntegerField> prices) {
        OfferForm form = o.asForm();
        List<Map<String, Object>> parts = new ArrayList<>();
        for (int i = 0; i < o.parts().size(); i++) {
            OfferDetails.PartView p = o.parts().get(i);
            if (keep.get(p.id()).getValue()) {
                OfferForm.PartForm f = form.parts().get(i);
                parts.add(
                        Map.of(
                                "shop",
                                f.shop(),
                                "item",
                                f.item(),
                                "quantityPerSet",
                                f.quantityPerSet(),
                                "unit",
                                f.unit(),
                                "pricePerSet",
                                value(prices.get(p.id()))));
            }
        }
        Map<String, Object> offer = new HashMap<>();
        offer.put("coopId", o.coopId());
        offer.put("title", o.title());
        offer.put("description", o.description());
        offer.put("salePrice", value(price));
        offer.put("belowCostConfirmed", o.belowCostConfirmed());
        offer.put("sets", o.setsTotal());
        offer.put("minimumSets", o.minimumSets());
        offer.put("orderDeadline", o.orderDeadline().toString());
        offer.put("parts", parts);
        offer.put(
                "slots",
                o.slots().stream()
                        .map(
                                s ->
                                        Map.of(
                                                "place",
                                                s.place(),
                                                "startsAt",
                                                s.startsAt().toString(),
                                                "endsAt",
                                                s.endsAt().toString()))
                        .toList());
        return offer;
    }

    private static TaskFormFactory factory(
            FormKey formKey,
            JointOfferService offers,
            Feedback feedback,
            BiFunction<OfferDetails, Consumer<Map<String, Object>>, List<Component>> body) {
        return TaskFormFactory.about(
                formKey.key(),
                feedback,
                task -> offers.get(TaskFormFactory.id(task, "offerId")),
                (form, o, submit) -> {
                    form.add(new H3(o.title()));
                    body.apply(o, submit).forEach(form::add);
                });
    }

    private static IntegerField number(String label, long value) {
        IntegerField field = new IntegerField(text(label));
        field.setValue((int) value);
        field.setMin(1);
        field.setWidthFull();
        return field;
    }

    /** The button as wide as the phone. */
    private static Button wide(Button button) {
        button.setWidthFull();
        return button;
    }

    private static long value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    private static String won(long amount) {
        return String.format("%,d원", amount);
    }
}
