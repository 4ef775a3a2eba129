package org.sangsaeng.governance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import java.util.function.Consumer;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.governance.CoopProposalService;
import org.sangsaeng.governance.CoopProposalView;
import org.sangsaeng.tasks.TaskView;
import org.sangsaeng.tasks.ui.DecisionForm;
import org.sangsaeng.tasks.ui.TaskFormFactory;
import org.sangsaeng.ui.Feedback;

/**
 * The leader's review of a proposal: what is proposed, then put it to a vote or decline with a
 * reason.
 */
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
        return FormKey.COOP_PROPOSAL_REVIEW.key();
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
        form.add(
                new H3(p.title()),
                new Paragraph(
                        p.authorName()
                                + " · "
                                + Feedback.dateTime(
                                        p.createdAt(),
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
        form.add(
                new DecisionForm(
                        "accepted",
                        "proposal.accept",
                        "proposal.decline",
                        "error.proposal.reasonRequired",
                        submit));
        return form;
    }
}
