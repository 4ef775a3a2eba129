package org.sangsaeng.tasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
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
        TextArea reason = TaskFields.textArea("review-reason", "review.reason", 1000);
        reason.setVisible(false);
        decision.addValueChangeListener(
                e -> {
                    boolean no = Boolean.FALSE.equals(e.getValue());
                    reason.setVisible(no);
                    reason.setRequiredIndicatorVisible(no);
                });
        Button complete =
                TaskFields.complete(
                        "tasks.complete",
                        () -> {
                            if (decision.getValue() == null) {
                                TaskFields.invalid(decision, "error.review.decisionRequired");
                            } else if (!decision.getValue() && reason.getValue().isBlank()) {
                                TaskFields.invalid(reason, reasonRequiredKey);
                            } else {
                                submit.accept(
                                        TaskFields.values(
                                                variable,
                                                decision.getValue(),
                                                "reason",
                                                reason.getValue()));
                            }
                        });
        add(decision, reason, complete);
    }
}
