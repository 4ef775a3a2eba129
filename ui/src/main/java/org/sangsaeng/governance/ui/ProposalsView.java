package org.sangsaeng.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.governance.CoopProposalDetails;
import org.sangsaeng.governance.CoopProposalForm;
import org.sangsaeng.governance.CoopProposalService;
import org.sangsaeng.governance.CoopRulesService;
import org.sangsaeng.governance.DecisionDetails;
import org.sangsaeng.governance.RuleSet;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.ui.CoopSelect;
import org.sangsaeng.ui.Feedback;

/** A co-op's proposals and its decision log; any member proposes here, also new co-op rules. */
@Route("proposals")
@PermitAll
public class ProposalsView extends VerticalLayout implements HasDynamicTitle {

    private final CoopProposalService proposals;
    private final CoopRulesService rules;
    private final CoopSelect coop;
    private final Grid<CoopProposalDetails> grid = new Grid<>();
    private final Grid<DecisionDetails> log = new Grid<>();
    private final RulesEditor proposedRules = new RulesEditor("proposal-rules");

    public ProposalsView(
            CoopProposalService proposals,
            CoopRulesService rules,
            CoopService coops,
            CurrentUsers currentUsers,
            Feedback feedback) {
        this.proposals = proposals;
        this.rules = rules;
        CurrentUser me = currentUsers.require();
        coop = new CoopSelect(coops, me);
        coop.setId("proposals-coop");

        grid.setId("proposals-grid");
        grid.addColumn(CoopProposalDetails::title)
                .setHeader(getTranslation("proposal.title"))
                .setFlexGrow(3);
        grid.addColumn(CoopProposalDetails::authorName)
                .setHeader(getTranslation("proposal.author"));
        grid.addColumn(p -> getTranslation("proposalState." + p.state().name()))
                .setHeader(getTranslation("proposal.state"));
        grid.addColumn(p -> Feedback.dateTime(p.createdAt(), getLocale()))
                .setHeader(getTranslation("board.date"));
        grid.setEmptyStateText(getTranslation("proposal.none"));
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> ProposalPage.open(e.getItem().id()));

        log.setId("decision-log");
        log.addColumn(DecisionDetails::title)
                .setHeader(getTranslation("proposal.title"))
                .setFlexGrow(3);
        log.addColumn(d -> getTranslation("proposalState." + d.outcome().name()))
                .setHeader(getTranslation("decision.outcome"));
        log.addColumn(d -> getTranslation("decision.counts", d.yes(), d.no(), d.abstain()))
                .setHeader(getTranslation("decision.countsHeader"));
        log.addColumn(d -> d.turnoutPercent() + "%").setHeader(getTranslation("decision.turnout"));
        log.addColumn(
                        d ->
                                d.adoptedRulesVersion() == null
                                        ? ""
                                        : getTranslation(
                                                "rules.versionNo", d.adoptedRulesVersion()))
                .setHeader(getTranslation("decision.rules"));
        log.addColumn(d -> Feedback.dateTime(d.decidedAt(), getLocale()))
                .setHeader(getTranslation("decision.date"));
        log.setEmptyStateText(getTranslation("decision.none"));
        log.setAllRowsVisible(true);

        coop.addValueChangeListener(e -> refresh());
        add(
                new H2(getTranslation("nav.proposals")),
                coop,
                newProposalForm(me, feedback),
                new H3(getTranslation("proposal.list")),
                grid,
                new H3(getTranslation("decision.log")),
                log);
        refresh();
    }

    private Details newProposalForm(CurrentUser me, Feedback feedback) {
        TextField title = new TextField(getTranslation("proposal.title"));
        title.setMaxLength(200);
        title.setWidthFull();
        title.setId("proposal-title");
        TextArea body = new TextArea(getTranslation("proposal.body"));
        body.setMaxLength(10_000);
        body.setWidthFull();
        body.setId("proposal-body");
        Checkbox changesRules = new Checkbox(getTranslation("proposal.changesRules"));
        changesRules.setId("proposal-changes-rules");
        proposedRules.setVisible(false);
        changesRules.addValueChangeListener(
                e -> {
                    proposedRules.setVisible(e.getValue());
                    if (e.getValue() && coop.getValue() != null) {
                        RuleSet current =
                                feedback.attempt(() -> rules.current(coop.getValue().id()).rules());
                        if (current != null) {
                            proposedRules.setValue(current);
                        }
                    }
                });
        Button submit =
                new Button(
                        getTranslation("proposal.submit"),
                        e -> {
                            if (coop.getValue() == null) {
                                return;
                            }
                            CoopProposalDetails created =
                                    feedback.attempt(
                                            () ->
                                                    proposals.propose(
                                                            new CoopProposalForm(
                                                                    coop.getValue().id(),
                                                                    title.getValue(),
                                                                    body.getValue(),
                                                                    changesRules.getValue()
                                                                            ? proposedRules.value()
                                                                            : null)));
                            if (created != null) {
                                feedback.success(getTranslation("proposal.submitted"));
                                ProposalPage.open(created.id());
                            }
                        });
        submit.addThemeName("primary");
        submit.setId("proposal-submit");
        VerticalLayout content =
                new VerticalLayout(title, body, changesRules, proposedRules, submit);
        content.setPadding(false);
        Details details = new Details(getTranslation("proposal.new"), content);
        details.setId("new-proposal");
        details.setVisible(!me.memberships().isEmpty());
        return details;
    }

    private void refresh() {
        if (coop.getValue() == null) {
            grid.setItems(List.of());
            log.setItems(List.of());
            return;
        }
        grid.setItems(proposals.ofCoop(coop.getValue().id()));
        log.setItems(proposals.decisions(coop.getValue().id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.proposals") + " · " + getTranslation("app.name");
    }
}
