package org.sangsaeng.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.tasks.ui.SubjectTaskForm;
import org.sangsaeng.tasks.ui.TaskFields;
import org.sangsaeng.ui.Feedback;
import org.sangsaeng.voting.Choice;
import org.sangsaeng.voting.VoteDetails;
import org.sangsaeng.voting.VoteService;

/**
 * A member's ballot: what is put to the vote, the turnout so far, and YES / NO / ABSTAIN with a
 * reason; in an election, one of the candidates or abstain.
 */
@org.springframework.stereotype.Component
class VoteFormFactory extends SubjectTaskForm<VoteDetails> {

    VoteFormFactory(VoteService votes, Feedback feedback) {
        super(FormKey.MEMBER_VOTE, feedback, "voteId", votes::get);
    }

    @Override
    protected void build(
            VerticalLayout form, VoteDetails vote, Consumer<Map<String, Object>> submit) {
        form.add(new H3(vote.title()));
        form.add(
                new Paragraph(
                        form.getTranslation(
                                "vote.turnout",
                                vote.voted(),
                                vote.electorate(),
                                vote.quorumNeeded(),
                                Feedback.dateTime(
                                        vote.deadline(),
                                        com.vaadin.flow.component.UI.getCurrent().getLocale()))));
        Anchor page = new Anchor(VotePage.route(vote.id()), form.getTranslation("vote.page.open"));
        page.setId("vote-page-link");
        form.add(page);

        if (vote.elects()) {
            ElectionBallot ballot = new ElectionBallot(vote, form.getTranslation("vote.choice"));
            Button cast =
                    TaskFields.complete(
                            "vote.cast",
                            () -> {
                                if (ballot.getValue() == null) {
                                    TaskFields.invalid(ballot, "error.election.candidateRequired");
                                } else {
                                    submit.accept(ballot.submission());
                                }
                            });
            form.add(ballot, cast);
            return;
        }
        RadioButtonGroup<Choice> choice =
                new RadioButtonGroup<>(form.getTranslation("vote.choice"));
        choice.setId("vote-choice");
        choice.setItems(Choice.values());
        choice.setItemLabelGenerator(c -> form.getTranslation("choice." + c.name()));
        choice.setRequiredIndicatorVisible(true);
        TextArea reason =
                new TextArea(
                        form.getTranslation(
                                vote.rules().reasonRequiredForNo()
                                        ? "vote.reasonRequired"
                                        : "vote.reason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();

        Button cast =
                TaskFields.complete(
                        "vote.cast",
                        () -> {
                            if (choice.getValue() == null) {
                                TaskFields.invalid(choice, "error.vote.choiceRequired");
                            } else {
                                submit.accept(
                                        TaskFields.values(
                                                "choice",
                                                choice.getValue().name(),
                                                "reason",
                                                reason.getValue()));
                            }
                        });
        form.add(quickAnswers(form, vote, choice, reason, submit), choice, reason, cast);
    }

    /**
     * One tap from a message's link to a cast vote: a button per choice that votes at once (a
     * member may still change it on the vote's page until the deadline). A "no" that needs a reason
     * selects "no" below and asks for the reason instead.
     */
    private static HorizontalLayout quickAnswers(
            VerticalLayout form,
            VoteDetails vote,
            RadioButtonGroup<Choice> choice,
            TextArea reason,
            Consumer<Map<String, Object>> submit) {
        HorizontalLayout quick = new HorizontalLayout();
        quick.setId("vote-quick");
        quick.setWrap(true);
        for (Choice c : Choice.values()) {
            boolean needsReason = c == Choice.NO && vote.rules().reasonRequiredForNo();
            Button answer =
                    new Button(
                            form.getTranslation("vote.quick." + c.name()),
                            e -> {
                                if (needsReason) {
                                    choice.setValue(c);
                                    TaskFields.invalid(reason, "vote.reasonRequired");
                                    reason.focus();
                                    return;
                                }
                                submit.accept(Map.of("choice", c.name(), "reason", ""));
                            });
            answer.setId("vote-quick-" + c.name());
            if (c == Choice.YES) {
                answer.addThemeName("primary");
            }
            quick.add(answer);
        }
        return quick;
    }
}
