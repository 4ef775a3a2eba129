package org.sangsaeng.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sangsaeng.tasks.ui.MyTasksView;
import org.sangsaeng.ui.Feedback;
import org.sangsaeng.ui.SubjectPage;
import org.sangsaeng.voting.Choice;
import org.sangsaeng.voting.VoteDetails;
import org.sangsaeng.voting.VoteService;

/**
 * One vote as a member sees it on a phone: the question, the deadline, the turnout so far (the
 * counts stay secret until it closes), their own ballot, and the choice to cast or change it while
 * the vote is open. A ballot cast here also completes the member's vote task.
 */
@Route("votes/:voteId")
@PermitAll
public class VotePage extends SubjectPage<VoteDetails> {

    /** The page of a vote, relative to the app, for links from other pages and notifications. */
    public static String route(long voteId) {
        return "votes/" + voteId;
    }

    private final VoteService votes;

    public VotePage(VoteService votes, Feedback feedback) {
        super(feedback, "voteId", votes::get, MyTasksView.class, VoteDetails::title);
        this.votes = votes;
        addClassName("vote-page");
    }

    @Override
    protected void build(VoteDetails vote) {
        H2 question = new H2(vote.title());
        question.setId("vote-title");
        add(question);

        Paragraph deadline =
                new Paragraph(
                        getTranslation(
                                vote.open() ? "vote.page.deadline" : "vote.page.closedAt",
                                Feedback.dateTime(vote.deadline(), getLocale())));
        deadline.setId("vote-deadline");
        Paragraph turnout =
                new Paragraph(
                        getTranslation(
                                "vote.page.turnout",
                                vote.voted(),
                                vote.electorate(),
                                vote.turnoutPercent(),
                                vote.quorumNeeded()));
        turnout.setId("vote-turnout");
        add(deadline, turnout);
        if (vote.outcome() != null && vote.elects()) {
            add(electionResult(vote));
        } else if (vote.outcome() != null) {
            Paragraph result =
                    new Paragraph(
                            getTranslation(
                                    "vote.page.result",
                                    getTranslation("outcome." + vote.outcome().name()),
                                    getTranslation(
                                            "decision.counts",
                                            vote.yes(),
                                            vote.no(),
                                            vote.abstain())));
            result.setId("vote-result");
            result.addClassName("vote-result");
            add(result);
        } else if (!vote.open()) {
            add(new Paragraph(getTranslation("vote.page.counting")));
        }

        Paragraph mine =
                new Paragraph(
                        vote.myCandidate() != null
                                ? getTranslation(
                                        "vote.page.myCandidate",
                                        ElectionBallot.nameOf(vote, vote.myCandidate()))
                                : vote.myChoice() == null
                                        ? getTranslation("vote.page.notYet")
                                        : getTranslation(
                                                "vote.page.myBallot",
                                                getTranslation(
                                                        "choice." + vote.myChoice().name())));
        mine.setId("vote-my-ballot");
        mine.addClassName("vote-my-ballot");
        add(mine);

        if (vote.canVote()) {
            add(vote.elects() ? electionBallot(vote) : ballot(vote));
        }
        Button back =
                new Button(
                        getTranslation("tasks.back"),
                        e -> getUI().ifPresent(ui -> ui.navigate(MyTasksView.class)));
        back.addClassName("big-button");
        add(back);
    }

    /**
     * One column of big targets: the three choices, the reason, and one button to cast or change.
     */
    private VerticalLayout ballot(VoteDetails vote) {
        RadioButtonGroup<Choice> choice =
                new RadioButtonGroup<>(
                        getTranslation(
                                vote.myChoice() == null ? "vote.choice" : "vote.page.change"));
        choice.setId("vote-choice");
        choice.addThemeName("vertical");
        choice.setItems(Choice.values());
        choice.setItemLabelGenerator(c -> getTranslation("choice." + c.name()));
        choice.setValue(vote.myChoice());
        choice.setRequiredIndicatorVisible(true);
        TextArea reason =
                new TextArea(
                        getTranslation(
                                vote.rules().reasonRequiredForNo()
                                        ? "vote.reasonRequired"
                                        : "vote.reason"));
        reason.setId("vote-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();

        Button cast =
                new Button(
                        getTranslation(
                                vote.myChoice() == null ? "vote.cast" : "vote.page.castAgain"),
                        e -> {
                            if (choice.getValue() == null) {
                                choice.setInvalid(true);
                                choice.setErrorMessage(getTranslation("error.vote.choiceRequired"));
                                return;
                            }
                            change(
                                    () ->
                                            votes.cast(
                                                    vote.id(),
                                                    choice.getValue(),
                                                    reason.getValue()),
                                    getTranslation(
                                            "vote.page.cast",
                                            getTranslation("choice." + choice.getValue().name())));
                        });
        cast.setId("vote-cast");
        cast.addThemeName("primary");
        cast.addClassName("big-button");

        VerticalLayout ballot = new VerticalLayout(choice, reason, cast);
        ballot.setPadding(false);
        ballot.addClassName("vote-ballot");
        return ballot;
    }

    /** Who was elected (none on a tie or without a quorum) and the votes of each candidate. */
    private VerticalLayout electionResult(VoteDetails vote) {
        Paragraph result =
                new Paragraph(
                        getTranslation(
                                "vote.page.result",
                                getTranslation("outcome." + vote.outcome().name()),
                                vote.elected() == null
                                        ? ""
                                        : getTranslation(
                                                "vote.page.elected",
                                                ElectionBallot.nameOf(vote, vote.elected()))));
        result.setId("vote-result");
        result.addClassName("vote-result");
        VerticalLayout counts =
                new VerticalLayout(result, new Paragraph(getTranslation("election.counts")));
        counts.setPadding(false);
        vote.candidates()
                .forEach(c -> counts.add(new Paragraph(c.displayName() + ": " + c.votes())));
        counts.add(new Paragraph(getTranslation("choice.ABSTAIN") + ": " + vote.abstain()));
        return counts;
    }

    private VerticalLayout electionBallot(VoteDetails vote) {
        ElectionBallot choice =
                new ElectionBallot(
                        vote,
                        getTranslation(
                                vote.myCandidate() == null && vote.myChoice() == null
                                        ? "vote.choice"
                                        : "vote.page.change"));
        Button cast =
                new Button(
                        getTranslation("vote.cast"),
                        e -> {
                            if (choice.getValue() == null) {
                                choice.setInvalid(true);
                                choice.setErrorMessage(
                                        getTranslation("error.election.candidateRequired"));
                                return;
                            }
                            change(
                                    () ->
                                            ElectionBallot.ABSTAIN.equals(choice.getValue())
                                                    ? votes.cast(vote.id(), Choice.ABSTAIN, null)
                                                    : votes.castFor(vote.id(), choice.getValue()));
                        });
        cast.setId("vote-cast");
        cast.addThemeName("primary");
        cast.addClassName("big-button");
        VerticalLayout ballot = new VerticalLayout(choice, cast);
        ballot.setPadding(false);
        ballot.addClassName("vote-ballot");
        return ballot;
    }
}
