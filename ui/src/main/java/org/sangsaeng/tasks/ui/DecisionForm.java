package org.sangsaeng.tasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The end of a review task: yes or no, a reason that is required for no, and the button that
 * completes the task with {@code <variable>} and {@code reason}. The server checks both again.
 */
public class DecisionForm extends VerticalLayout {

    public DecisionForm(
            String variable,
            String yesKey,
            String noKey,
            String reasonRequiredKey,
            Consumer<Map<String, Object>> submit) {
        setPadding(false);
        RadioButtonGroup<Boolean> decision =
                new RadioButtonGroup<>(getTranslation("review.decision"));
        decision.setId("review-decision");
        decision.setItems(true, false);
        decision.setItemLabelGenerator(yes -> getTranslation(yes ? yesKey : noKey));
        decision.setRequiredIndicatorVisible(true);
        TextArea reason = new TextArea(getTranslation("review.reason"));
        reason.setId("review-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setVisible(false);
        decision.addValueChangeListener(
                e -> {
                    boolean no = Boolean.FALSE.equals(e.getValue());
                    reason.setVisible(no);
                    reason.setRequiredIndicatorVisible(no);
                });
        Button complete =
                new Button(
                        getTranslation("tasks.complete"),
                        e -> {
                            if (decision.getValue() == null) {
                                decision.setInvalid(true);
                                decision.setErrorMessage(
                                        getTranslation("error.review.decisionRequired"));
                                return;
                            }
                            if (!decision.getValue() && reason.getValue().isBlank()) {
                                reason.setInvalid(true);
                                reason.setErrorMessage(getTranslation(reasonRequiredKey));
                                return;
                            }
                            Map<String, Object> values = new HashMap<>();
                            values.put(variable, decision.getValue());
                            values.put("reason", reason.getValue());
                            submit.accept(values);
                        });
        complete.setId("complete-task");
        complete.addThemeName("primary");
        add(decision, reason, complete);
    }
}
