package org.sangsaeng.tasks.ui;

import static org.sangsaeng.tasks.ui.TaskFields.choice;
import static org.sangsaeng.tasks.ui.TaskFields.complete;
import static org.sangsaeng.tasks.ui.TaskFields.names;
import static org.sangsaeng.tasks.ui.TaskFields.textArea;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.sangsaeng.shared.ReviewDecision;

/**
 * The end of a review that answers with a {@link ReviewDecision} (approve, ask for changes, reject)
 * and a comment for the author, completing the task with {@code decision} and {@code comment}; the
 * server asks for the comment where the decision needs one.
 */
public class ReviewDecisionForm extends VerticalLayout {

    /**
     * @param decisionKeyPrefix the start of the keys that label the decisions ({@code
     *     <prefix>APPROVE}...)
     */
    public ReviewDecisionForm(
            String decisionId,
            String decisionKeyPrefix,
            String commentId,
            String commentLabelKey,
            Consumer<Map<String, Object>> submit) {
        setPadding(false);
        RadioButtonGroup<String> decision =
                choice(
                        decisionId,
                        "review.decision",
                        decisionKeyPrefix,
                        names(ReviewDecision.values()));
        TextArea comment = textArea(commentId, commentLabelKey, 1000);
        add(decision, comment, complete(submit, Map.of("decision", decision, "comment", comment)));
    }
}
