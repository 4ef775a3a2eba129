package org.sangsaeng.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sangsaeng.governance.CoopProposalDetails;
import org.sangsaeng.governance.CoopProposalService;
import org.sangsaeng.ui.Feedback;
import org.sangsaeng.ui.SubjectPage;
import org.sangsaeng.voting.VoteDetails;
import org.sangsaeng.voting.VoteService;
import org.sangsaeng.voting.ui.VotePage;

/**
 * One proposal: what is proposed, where it stands, the vote, and withdrawal while the leader has
 * not decided.
 */
@Route("proposals/:proposalId")
@PermitAll
public class ProposalPage extends SubjectPage<CoopProposalDetails> {

    private final CoopProposalService proposals;
    private final VoteService votes;

    /** Goes to the page of the proposal with {@code proposalId}. */
    public static void open(long proposalId) {
        open(ProposalPage.class, "proposalId", proposalId);
    }

    public ProposalPage(CoopProposalService proposals, VoteService votes, Feedback feedback) {
        super(
                feedback,
                "proposalId",
                proposals::get,
                ProposalsView.class,
                CoopProposalDetails::title);
        this.proposals = proposals;
        this.votes = votes;
    }

    @Override
    protected void build(CoopProposalDetails p) {
        H2 heading = new H2(p.title());
        heading.setId("proposal-heading");
        Paragraph state =
                new Paragraph(
                        getTranslation("proposal.state")
                                + ": "
                                + getTranslation("proposalState." + p.state().name()));
        state.setId("proposal-state");
        add(
                heading,
                state,
                new Paragraph(
                        p.authorName()
                                + " · "
                                + Feedback.dateTime(p.createdAt(), getLocale())
                                + " · "
                                + getTranslation("proposal.underRules", p.rulesVersion())));
        Paragraph body = new Paragraph(p.body());
        body.addClassName("plain-text");
        add(body);
        if (p.declineReason() != null) {
            add(new Paragraph(getTranslation("proposal.declineReason", p.declineReason())));
        }
        if (p.proposedRules() != null) {
            RulesEditor rules = new RulesEditor("proposed");
            rules.setValue(p.proposedRules());
            rules.setEditable(false);
            add(new H3(getTranslation("proposal.proposedRules")), rules);
        }
        VoteDetails vote = voteOf(p);
        if (vote != null) {
            add(
                    new H3(getTranslation("proposal.vote")),
                    new Paragraph(
                            vote.open()
                                    ? getTranslation(
                                            "vote.turnout",
                                            vote.voted(),
                                            vote.electorate(),
                                            vote.quorumNeeded(),
                                            Feedback.dateTime(vote.deadline(), getLocale()))
                                    : getTranslation(
                                            "decision.counts",
                                            vote.yes(),
                                            vote.no(),
                                            vote.abstain())));
            Anchor page = new Anchor(VotePage.route(vote.id()), getTranslation("vote.page.open"));
            page.setId("vote-page-link");
            add(page);
        }
        if (p.mayWithdraw()) {
            Button withdraw =
                    new Button(
                            getTranslation("proposal.withdraw"),
                            e ->
                                    change(
                                            () -> proposals.withdraw(p.id()),
                                            getTranslation("proposal.withdrawn")));
            withdraw.setId("proposal-withdraw");
            add(withdraw);
        }
        add(
                new Button(
                        getTranslation("tasks.back"),
                        e -> getUI().ifPresent(ui -> ui.navigate(ProposalsView.class))));
    }

    private VoteDetails voteOf(CoopProposalDetails p) {
        if (p.voteId() != null) {
            return feedback.attempt(() -> votes.get(p.voteId()));
        }
        return votes.forSubject("coop-proposal-" + p.id()).orElse(null);
    }
}
