package org.sangsaeng.sale.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.sale.JointOfferService;
import org.sangsaeng.sale.OfferForm;
import org.sangsaeng.sale.OfferView;
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
                            choice("sale.partDecision", PartDecision.values());
                    TextArea reason = reason("sale.declineReason");
                    return List.of(
                            new Paragraph(
                                    text("sale.confirmHint", won(o.salePrice()), o.setsTotal())),
                            SaleTexts.parts(o),
                            decision,
                            reason,
                            submit(
                                    "tasks.complete",
                                    () ->
                                            submit.accept(
                                                    values(
                                                            "decision",
                                                            decision,
                                                            "reason",
                                                            reason))));
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
                    for (OfferView.PartView p : o.parts()) {
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
                            choice("sale.reviseDecision", ReviseDecision.values());
                    TextArea reason = reason("sale.cancelReason");
                    fields.add(decision);
                    fields.add(reason);
                    fields.add(
                            submit(
                                    "tasks.complete",
                                    () -> {
                                        Map<String, Object> values =
                                                values("decision", decision, "reason", reason);
                                        if (ReviseDecision.REVISE
                                                .name()
                                                .equals(decision.getValue())) {
                                            values.put("offer", revised(o, price, keep, prices));
                                        }
                                        submit.accept(values);
                                    }));
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
                            choice("sale.saleDecision", SaleDecision.values());
                    TextArea reason = reason("sale.cancelReason");
                    return List.of(
                            new Paragraph(
                                    text(
                                            "sale.belowMinimumHint",
                                            o.setsOrdered(),
                                            o.minimumSets())),
                            decision,
                            reason,
                            submit(
                                    "tasks.complete",
                                    () ->
                                            submit.accept(
                                                    values(
                                                            "decision",
                                                            decision,
                                                            "reason",
                                                            reason))));
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
                            choice("sale.prepareAnswer", PrepareAnswer.values());
                    TextArea note = reason("sale.notReadyNote");
                    return List.of(
                            new Paragraph(text("sale.prepareHint", o.setsOrdered())),
                            SaleTexts.parts(o),
                            answer,
                            note,
                            submit(
                                    "tasks.complete",
                                    () -> submit.accept(values("answer", answer, "note", note))));
                });
    }

    // The offer as proposed, with the sale price and the parts the proposer kept at their new
    // prices.
    private static Map<String, Object> revised(
            OfferView o,
            IntegerField price,
            Map<Long, Checkbox> keep,
            Map<Long, IntegerField> prices) {
        OfferForm form = o.asForm();
        List<Map<String, Object>> parts = new ArrayList<>();
        for (int i = 0; i < o.parts().size(); i++) {
            OfferView.PartView p = o.parts().get(i);
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
            BiFunction<OfferView, Consumer<Map<String, Object>>, List<Component>> body) {
        return TaskFormFactory.about(
                formKey.key(),
                feedback,
                task -> offers.get(TaskFormFactory.id(task, "offerId")),
                (form, o, submit) -> {
                    form.add(new H3(o.title()));
                    body.apply(o, submit).forEach(form::add);
                });
    }

    private static Map<String, Object> values(
            String choiceField, RadioButtonGroup<String> choice, String textField, TextArea text) {
        Map<String, Object> values = new HashMap<>();
        values.put(choiceField, choice.getValue());
        values.put(textField, text.getValue());
        return values;
    }

    private static RadioButtonGroup<String> choice(String label, Enum<?>... options) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>(text(label));
        group.setItems(Arrays.stream(options).map(Enum::name).toList());
        group.setItemLabelGenerator(o -> text(label + "." + o));
        group.setId("decision");
        return group;
    }

    private static TextArea reason(String label) {
        TextArea reason = new TextArea(text(label));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setId("task-reason");
        return reason;
    }

    private static IntegerField number(String label, long value) {
        IntegerField field = new IntegerField(text(label));
        field.setValue((int) value);
        field.setMin(1);
        field.setWidthFull();
        return field;
    }

    private static Button submit(String label, Runnable action) {
        Button button = new Button(text(label), e -> action.run());
        button.addThemeName("primary");
        button.setWidthFull();
        button.setId("complete-task");
        return button;
    }

    private static long value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    private static String won(long amount) {
        return String.format("%,d원", amount);
    }

    private static String text(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
