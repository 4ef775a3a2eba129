package org.sangsaeng.purchase.ui;

import static org.sangsaeng.tasks.ui.TaskFields.complete;
import static org.sangsaeng.tasks.ui.TaskFields.decision;
import static org.sangsaeng.tasks.ui.TaskFields.instant;
import static org.sangsaeng.tasks.ui.TaskFields.laterBy;
import static org.sangsaeng.tasks.ui.TaskFields.names;
import static org.sangsaeng.tasks.ui.TaskFields.text;
import static org.sangsaeng.tasks.ui.TaskFields.textArea;
import static org.sangsaeng.tasks.ui.TaskFields.values;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.purchase.BillDetails;
import org.sangsaeng.purchase.BillService;
import org.sangsaeng.purchase.PurchaseDetails;
import org.sangsaeng.purchase.PurchaseService;
import org.sangsaeng.purchase.SilentSupplierDecision;
import org.sangsaeng.tasks.TaskDetails;
import org.sangsaeng.tasks.ui.TaskFormFactory;
import org.sangsaeng.ui.Feedback;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The forms of the group purchase's tasks; the server checks every answer again. *
 *
 * <p>Longer than our 300 lines because it holds the forms of all nine people's steps of one
 * process, each a few lines of layout sharing the purchase summary at its top; every rule is in the
 * purchase module's services and task forms.
 */
@Configuration(proxyBeanMethods = false)
class PurchaseTaskForms {

    @Bean
    TaskFormFactory pledgeTaskForm(PurchaseService purchases, Feedback feedback) {
        return factory(
                FormKey.PURCHASE_PLEDGE,
                purchases,
                feedback,
                (p, submit) -> {
                    PledgeEditor editor = new PledgeEditor(p.lines());
                    Button nothing =
                            new Button(
                                    text("purchase.takeNothing"),
                                    e -> submit.accept(Map.of("nothing", true)));
                    nothing.setId("take-nothing");
                    return List.of(
                            new Paragraph(text("purchase.pledgeHint")),
                            editor,
                            complete(
                                    "tasks.complete",
                                    () -> submit.accept(Map.of("lines", editor.asFormData()))),
                            new Paragraph(text("purchase.takeNothingHint")),
                            nothing);
                });
    }

    @Bean
    TaskFormFactory belowMinimumTaskForm(PurchaseService purchases, Feedback feedback) {
        return factory(
                FormKey.PURCHASE_BELOW_MINIMUM,
                purchases,
                feedback,
                (p, submit) -> {
                    RadioButtonGroup<String> decision =
                            decision("purchase.decision", List.of("EXTEND", "CANCEL"));
                    DateTimePicker deadline = laterBy("purchase.newOrderDeadline", 3);
                    return List.of(
                            new Paragraph(
                                    text(
                                            "purchase.belowMinimumHint",
                                            String.format("%,d원", p.supplierMinimum()))),
                            decision,
                            deadline,
                            complete(
                                    "tasks.complete",
                                    () -> {
                                        Map<String, Object> values =
                                                values("decision", decision.getValue());
                                        if (deadline.getValue() != null) {
                                            values.put("newOrderDeadline", instant(deadline));
                                        }
                                        submit.accept(values);
                                    }));
                });
    }

    @Bean
    TaskFormFactory supplierAnswerTaskForm(PurchaseService purchases, Feedback feedback) {
        return factory(
                FormKey.PURCHASE_SUPPLIER_ANSWER,
                purchases,
                feedback,
                (p, submit) -> {
                    RadioButtonGroup<String> answer =
                            decision(
                                    "purchase.supplierAnswer",
                                    List.of("CONFIRM", "PARTIAL", "REJECT"));
                    Map<Long, IntegerField> packs = new HashMap<>();
                    Map<Long, IntegerField> prices = new HashMap<>();
                    Grid<PurchaseDetails.LineView> lines = new Grid<>();
                    lines.addColumn(l -> l.item() + " (" + l.packSize() + " " + l.unit() + ")")
                            .setHeader(text("purchase.item"));
                    lines.addColumn(PurchaseDetails.LineView::orderedPacks)
                            .setHeader(text("purchase.ordered"));
                    lines.addComponentColumn(
                                    l ->
                                            number(
                                                    packs,
                                                    l.id(),
                                                    l.orderedPacks() == null
                                                            ? 0
                                                            : l.orderedPacks()))
                            .setHeader(text("purchase.confirmed"));
                    lines.addComponentColumn(l -> number(prices, l.id(), l.unitPrice()))
                            .setHeader(text("purchase.unitPrice"));
                    lines.setItems(p.lines());
                    lines.setAllRowsVisible(true);
                    TextArea reason = new TextArea(text("review.reason"));
                    return List.of(
                            answer,
                            lines,
                            reason,
                            complete(
                                    "tasks.complete",
                                    () -> {
                                        List<Map<String, Object>> confirmed = new ArrayList<>();
                                        packs.forEach(
                                                (id, f) ->
                                                        confirmed.add(
                                                                Map.of(
                                                                        "lineId",
                                                                        id,
                                                                        "packs",
                                                                        value(f),
                                                                        "unitPrice",
                                                                        value(prices.get(id)))));
                                        submit.accept(
                                                values(
                                                        "answer",
                                                        answer.getValue(),
                                                        "lines",
                                                        confirmed,
                                                        "reason",
                                                        reason.getValue()));
                                    }));
                });
    }

    @Bean
    TaskFormFactory supplierTimeoutTaskForm(PurchaseService purchases, Feedback feedback) {
        return factory(
                FormKey.PURCHASE_SUPPLIER_TIMEOUT,
                purchases,
                feedback,
                (p, submit) -> {
                    RadioButtonGroup<String> decision =
                            decision(
                                    "purchase.silentSupplier",
                                    names(SilentSupplierDecision.values()));
                    DateTimePicker answerDue = laterBy("purchase.newAnswerDue", 2);
                    answerDue.setId("new-answer-due");
                    TextArea reason = textArea("cancel-reason", "purchase.cancelReason", 2000);
                    // Only the field the chosen answer needs is shown.
                    answerDue.setVisible(false);
                    reason.setVisible(false);
                    decision.addValueChangeListener(
                            e -> {
                                answerDue.setVisible(
                                        SilentSupplierDecision.RESEND.name().equals(e.getValue()));
                                reason.setVisible(
                                        SilentSupplierDecision.CANCEL.name().equals(e.getValue()));
                            });
                    return List.of(
                            new Paragraph(text("purchase.silentSupplierHint", p.supplierName())),
                            decision,
                            answerDue,
                            reason,
                            complete(
                                    "tasks.complete",
                                    () -> {
                                        Map<String, Object> values =
                                                values("decision", decision.getValue());
                                        if (answerDue.getValue() != null) {
                                            values.put("supplierAnswerDue", instant(answerDue));
                                        }
                                        values.put("reason", reason.getValue());
                                        submit.accept(values);
                                    }));
                });
    }

    @Bean
    TaskFormFactory priceRiseTaskForm(PurchaseService purchases, Feedback feedback) {
        return factory(
                FormKey.PURCHASE_PRICE_RISE,
                purchases,
                feedback,
                (p, submit) -> {
                    RadioButtonGroup<String> decision =
                            decision("purchase.priceDecision", List.of("ACCEPT", "REFUSE"));
                    StringBuilder changes = new StringBuilder();
                    p.lines()
                            .forEach(
                                    l ->
                                            changes.append(l.item())
                                                    .append(": ")
                                                    .append(String.format("%,d원", l.unitPrice()))
                                                    .append(" → ")
                                                    .append(
                                                            String.format(
                                                                    "%,d원",
                                                                    l.confirmedUnitPrice() == null
                                                                            ? l.unitPrice()
                                                                            : l
                                                                                    .confirmedUnitPrice()))
                                                    .append("  "));
                    return List.of(
                            new Paragraph(changes.toString()),
                            decision,
                            complete(
                                    "tasks.complete",
                                    () ->
                                            submit.accept(
                                                    Map.of(
                                                            "priceAccepted",
                                                            "ACCEPT"
                                                                    .equals(
                                                                            decision
                                                                                    .getValue())))));
                });
    }

    @Bean
    TaskFormFactory paymentTaskForm(
            PurchaseService purchases, BillService bills, Feedback feedback) {
        return factory(
                FormKey.PURCHASE_PAYMENT,
                purchases,
                feedback,
                (p, submit) -> {
                    List<BillDetails> mine = bills.bills(p.id());
                    String amount =
                            mine.isEmpty() ? "" : String.format("%,d원", mine.getFirst().total());
                    return List.of(
                            new Paragraph(text("purchase.payHint", amount)),
                            complete("purchase.iPaid", () -> submit.accept(Map.of("paid", true))));
                });
    }

    @Bean
    TaskFormFactory paymentReceiptTaskForm(BillService billing, Feedback feedback) {
        return new TaskFormFactory() {
            @Override
            public String formKey() {
                return FormKey.PURCHASE_PAYMENT_RECEIPT.key();
            }

            @Override
            public Component create(TaskDetails task, Consumer<Map<String, Object>> submit) {
                long id = ((Number) task.variables().get("purchaseId")).longValue();
                String payer = String.valueOf(task.variables().get("payer"));
                VerticalLayout form = layout();
                List<BillDetails> bills = feedback.attempt(() -> billing.bills(id));
                BillDetails bill =
                        bills == null
                                ? null
                                : bills.stream()
                                        .filter(b -> b.member().equals(payer))
                                        .findFirst()
                                        .orElse(null);
                IntegerField amount = new IntegerField(text("purchase.receivedAmount"));
                amount.setId("received-amount");
                if (bill != null) {
                    amount.setValue((int) (bill.total() - bill.paid()));
                    form.add(
                            new Paragraph(
                                    text(
                                            "purchase.receiptHint",
                                            payer,
                                            String.format("%,d원", bill.total()),
                                            String.format("%,d원", bill.paid()))));
                }
                form.add(
                        amount,
                        complete(
                                "tasks.complete",
                                () -> submit.accept(Map.of("amount", value(amount)))));
                return form;
            }
        };
    }

    @Bean
    TaskFormFactory deliveryTaskForm(PurchaseService purchases, Feedback feedback) {
        return factory(
                FormKey.PURCHASE_DELIVERY,
                purchases,
                feedback,
                (p, submit) ->
                        List.of(
                                new Paragraph(text("purchase.deliveryHint")),
                                complete(
                                        "purchase.delivered",
                                        () -> submit.accept(Map.of("delivered", true)))));
    }

    private static TaskFormFactory factory(
            FormKey formKey,
            PurchaseService purchases,
            Feedback feedback,
            BiFunction<PurchaseDetails, Consumer<Map<String, Object>>, List<Component>> body) {
        return TaskFormFactory.about(
                formKey.key(),
                feedback,
                task -> purchases.get(TaskFormFactory.id(task, "purchaseId")),
                (form, p, submit) -> {
                    form.add(new H3(p.title()));
                    body.apply(p, submit).forEach(form::add);
                });
    }

    private static VerticalLayout layout() {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.addClassName("task-form");
        return form;
    }

    private static IntegerField number(Map<Long, IntegerField> fields, long id, long value) {
        IntegerField field = fields.computeIfAbsent(id, x -> new IntegerField());
        field.setValue((int) value);
        field.setMin(0);
        field.setWidth("8em");
        return field;
    }

    private static long value(IntegerField field) {
        return field == null || field.getValue() == null ? -1 : field.getValue();
    }
}
