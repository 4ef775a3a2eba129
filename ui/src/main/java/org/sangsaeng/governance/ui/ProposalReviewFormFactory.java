package org.sangsaeng.governance.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import java.util.function.Consumer;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.governance.CoopProposalDetails;
import org.sangsaeng.governance.CoopProposalService;
import org.sangsaeng.tasks.ui.DecisionForm;
import org.sangsaeng.tasks.ui.SubjectTaskForm;
import org.sangsaeng.ui.Feedback;

/**
 * The leader's review of a proposal: what is proposed, then put it to a vote or decline with a
 * reason.
 */
@org.springframework.stereotype.Component
class ProposalReviewFormFactory extends SubjectTaskForm<CoopProposalDetails> {

    ProposalReviewFormFactory(CoopProposalService proposals, Feedback feedback) {
        super(FormKey.COOP_PROPOSAL_REVIEW, feedback, "proposalId", proposals::get);
    }

    @Override
    protected void build(
            VerticalLayout form, CoopProposalDetails p, Consumer<Map<String, Object>> submit) {
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
    }
}
