package org.sangsaeng.governance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.sangsaeng.governance.CoopProposalService;
import org.sangsaeng.governance.CoopProposalView;
import org.sangsaeng.tasks.TaskView;
import org.sangsaeng.tasks.ui.TaskFormFactory;
import org.sangsaeng.ui.Feedback;

/** The leader's review of a proposal: what is proposed, then put it to a vote or decline with a reason. */
@org.springframework.stereotype.Component
class ProposalReviewFormFactory implements TaskFormFactory {

    private final CoopProposalService proposals;
    private final Feedback feedback;

    ProposalReviewFormFactory(CoopProposalService proposals, Feedback feedback) {
        this.proposals = proposals;
        this.feedback = feedback;
    }

    @Override
    public String formKey() {
        return "coop-proposal-review";
    }

    @Override
    public Component create(TaskView task, Consumer<Map<String, Object>> submit) {
        long proposalId = ((Number) task.variables().get("proposalId")).longValue();
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.addClassName("task-form");
        CoopProposalView p = feedback.attempt(() -> proposals.get(proposalId));
        if (p == null) {
            return form;
        }
        form.add(new H3(p.title()), new Paragraph(p.authorName() + " · " + Feedback.dateTime(p.createdAt(),
                com.vaadin.flow.component.UI.getCurrent().getLocale())));
        Paragraph body = new Paragraph(p.body());
        body.addClassName("plain-text");
        form.add(body);
        if (p.proposedRules() != null) {
            RulesEditor rules = new RulesEditor("review-rules");
            rules.setValue(p.proposedRules());
            rules.setEditable(false);
            form.add(new Paragraph(form.getTranslation("proposal.proposedRules")), rules);
        }
        RadioButtonGroup<Boolean> decision = new RadioButtonGroup<>(form.getTranslation("review.decision"));
        decision.setId("review-decision");
        decision.setItems(true, false);
        decision.setItemLabelGenerator(accept -> form.getTranslation(accept ? "proposal.accept" : "proposal.decline"));
        TextArea reason = new TextArea(form.getTranslation("review.reason"));
        reason.setId("review-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setVisible(false);
        decision.addValueChangeListener(e -> reason.setVisible(Boolean.FALSE.equals(e.getValue())));
        Button complete = new Button(form.getTranslation("tasks.complete"), e -> {
            if (decision.getValue() == null) {
                decision.setInvalid(true);
                decision.setErrorMessage(form.getTranslation("error.review.decisionRequired"));
                return;
            }
            Map<String, Object> values = new HashMap<>();
            values.put("accepted", decision.getValue());
            values.put("reason", reason.getValue());
            submit.accept(values);
        });
        complete.setId("complete-task");
        complete.addThemeName("primary");
        form.add(decision, reason, complete);
        return form;
    }
}
