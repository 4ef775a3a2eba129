package org.sangsaeng.governance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.governance.CoopFoundingService;
import org.sangsaeng.governance.ElectionDetails;
import org.sangsaeng.governance.FoundingDetails;
import org.sangsaeng.governance.LeaderElectionService;
import org.sangsaeng.tasks.ui.DecisionForm;
import org.sangsaeng.tasks.ui.TaskFields;
import org.sangsaeng.tasks.ui.TaskFormFactory;
import org.sangsaeng.ui.Feedback;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The founding and election tasks: a founder's answer, the foundation's approval, the foundation's
 * choice of leader.
 */
@Configuration(proxyBeanMethods = false)
class FoundingTaskForms {

    @Bean
    TaskFormFactory foundingConfirmFormFactory(CoopFoundingService foundings, Feedback feedback) {
        return foundingDecision(
                FormKey.COOP_FOUNDING_CONFIRM,
                foundings,
                feedback,
                "confirmed",
                "founding.confirm",
                "founding.decline");
    }

    @Bean
    TaskFormFactory foundingReviewFormFactory(CoopFoundingService foundings, Feedback feedback) {
        return foundingDecision(
                FormKey.COOP_FOUNDING_REVIEW,
                foundings,
                feedback,
                "approved",
                "founding.approve",
                "founding.reject");
    }

    /** A yes-or-no step on a founding (the founders' confirmation, the foundation's review). */
    private static TaskFormFactory foundingDecision(
            FormKey key,
            CoopFoundingService foundings,
            Feedback feedback,
            String variable,
            String yesKey,
            String noKey) {
        return TaskFormFactory.about(
                key.key(),
                feedback,
                t -> foundings.get(TaskFormFactory.id(t, "foundingId")),
                (form, founding, submit) -> {
                    summary(form, founding);
                    form.add(
                            new DecisionForm(
                                    variable,
                                    yesKey,
                                    noKey,
                                    "error.founding.reasonRequired",
                                    submit));
                });
    }

    @Bean
    TaskFormFactory electionAppointFormFactory(LeaderElectionService elections, Feedback feedback) {
        return TaskFormFactory.about(
                FormKey.LEADER_ELECTION_APPOINT.key(),
                feedback,
                t -> elections.get(TaskFormFactory.id(t, "electionId")),
                (form, election, submit) -> {
                    form.add(new H3(form.getTranslation("election.appoint")));
                    form.add(
                            new Paragraph(
                                    form.getTranslation(
                                            "electionState." + election.state().name())));
                    appointFields(form, election, submit);
                });
    }

    private static void appointFields(
            VerticalLayout form, ElectionDetails election, Consumer<Map<String, Object>> submit) {
        RadioButtonGroup<String> candidate =
                new RadioButtonGroup<>(form.getTranslation("election.choose"));
        candidate.setId("election-candidate");
        candidate.addThemeName("vertical");
        candidate.setItems(election.candidates());
        TextArea reason = TaskFields.textArea("review-reason", "review.reason", 500);
        form.add(
                candidate,
                reason,
                TaskFields.complete(submit, Map.of("candidate", candidate, "reason", reason)));
    }

    private static void summary(VerticalLayout form, FoundingDetails f) {
        form.add(
                new H3(f.name()),
                new Paragraph(f.purpose()),
                new Paragraph(form.getTranslation("founding.proposer") + ": " + f.proposerName()),
                new Paragraph(
                        form.getTranslation("founding.confirmed")
                                + ": "
                                + f.confirmedCount()
                                + " / "
                                + f.founders().size()),
                new Anchor(FoundingPage.route(f.id()), form.getTranslation("founding.page")));
    }
}
