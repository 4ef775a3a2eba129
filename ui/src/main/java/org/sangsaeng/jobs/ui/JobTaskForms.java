package org.sangsaeng.jobs.ui;

import static org.sangsaeng.tasks.ui.TaskFields.choice;
import static org.sangsaeng.tasks.ui.TaskFields.complete;
import static org.sangsaeng.tasks.ui.TaskFields.textArea;
import static org.sangsaeng.tasks.ui.TaskFields.values;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.jobs.JobPostDetails;
import org.sangsaeng.jobs.JobPostService;
import org.sangsaeng.tasks.ui.ReviewDecisionForm;
import org.sangsaeng.tasks.ui.TaskFields;
import org.sangsaeng.tasks.ui.TaskFormFactory;
import org.sangsaeng.ui.Feedback;
import org.sangsaeng.ui.MarketTimeFields;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The forms of the job tasks: review, revise, unfilled post, offer answer, confirmation, dispute.
 */
@Configuration(proxyBeanMethods = false)
class JobTaskForms {

    @Bean
    TaskFormFactory jobPostReviewFormFactory(JobPostService posts, Feedback feedback) {
        return factory(
                FormKey.JOB_POST_REVIEW,
                posts,
                feedback,
                (form, post, submit) ->
                        form.add(
                                new ReviewDecisionForm(
                                        "job-review-decision",
                                        "jobDecision.",
                                        "job-review-comment",
                                        "jobs.reviewComment",
                                        submit)));
    }

    @Bean
    TaskFormFactory jobPostReviseFormFactory(JobPostService posts, Feedback feedback) {
        return factory(
                FormKey.JOB_POST_REVISE,
                posts,
                feedback,
                (form, post, submit) -> {
                    JobPostEditor editor = new JobPostEditor();
                    editor.setValue(post);
                    form.add(
                            editor,
                            complete(
                                    "tasks.complete",
                                    () -> {
                                        if (editor.deadlinePicked(feedback)) {
                                            submit.accept(editor.asSubmission());
                                        }
                                    }));
                });
    }

    @Bean
    TaskFormFactory jobPostUnfilledFormFactory(JobPostService posts, Feedback feedback) {
        return factory(
                FormKey.JOB_POST_UNFILLED,
                posts,
                feedback,
                (form, post, submit) -> {
                    RadioButtonGroup<String> decision =
                            choice(
                                    "job-unfilled-decision",
                                    "review.decision",
                                    "jobDecision.",
                                    List.of("EXTEND", "CLOSE"));
                    DateTimePicker deadline = TaskFields.laterBy("jobs.newDeadline", 2);
                    deadline.setId("job-new-deadline");
                    form.add(
                            decision,
                            deadline,
                            complete(
                                    "tasks.complete",
                                    () -> {
                                        if ("EXTEND".equals(decision.getValue())
                                                && !MarketTimeFields.picked(feedback, deadline)) {
                                            return;
                                        }
                                        submit.accept(
                                                values(
                                                        "decision",
                                                        decision.getValue(),
                                                        "newDeadline",
                                                        TaskFields.instant(deadline)));
                                    }));
                });
    }

    @Bean
    TaskFormFactory jobOfferAnswerFormFactory(JobPostService posts, Feedback feedback) {
        return factory(
                FormKey.JOB_OFFER_ANSWER,
                posts,
                feedback,
                (form, post, submit) -> {
                    RadioButtonGroup<Boolean> answer =
                            new RadioButtonGroup<>(form.getTranslation("review.decision"));
                    answer.setItems(true, false);
                    answer.setItemLabelGenerator(
                            yes ->
                                    form.getTranslation(
                                            yes ? "jobs.acceptOffer" : "jobs.declineOffer"));
                    answer.setId("job-offer-decision");
                    form.add(answer, complete(submit, Map.of("accepted", answer)));
                });
    }

    @Bean
    TaskFormFactory jobConfirmFormFactory(JobPostService posts, Feedback feedback) {
        return factory(
                FormKey.JOB_CONFIRM,
                posts,
                feedback,
                (form, post, submit) -> {
                    RadioButtonGroup<Boolean> happened =
                            new RadioButtonGroup<>(form.getTranslation("jobs.happened"));
                    happened.setItems(true, false);
                    happened.setItemLabelGenerator(
                            yes ->
                                    form.getTranslation(
                                            yes ? "jobs.happenedYes" : "jobs.happenedNo"));
                    happened.setId("job-happened");
                    RadioButtonGroup<Integer> stars =
                            new RadioButtonGroup<>(form.getTranslation("jobs.stars"));
                    stars.setItems(5, 4, 3, 2, 1);
                    stars.setItemLabelGenerator(n -> "★".repeat(n));
                    stars.setId("job-stars");
                    happened.addValueChangeListener(
                            e -> stars.setVisible(!Boolean.FALSE.equals(e.getValue())));
                    TextArea comment = textArea("job-rating-comment", "jobs.ratingComment", 1000);
                    form.add(
                            happened,
                            stars,
                            comment,
                            complete(
                                    submit,
                                    Map.of(
                                            "happened",
                                            happened,
                                            "stars",
                                            stars,
                                            "comment",
                                            comment)));
                });
    }

    @Bean
    TaskFormFactory jobDisputeFormFactory(JobPostService posts, Feedback feedback) {
        return factory(
                FormKey.JOB_DISPUTE,
                posts,
                feedback,
                (form, post, submit) -> {
                    TextArea resolution = textArea("job-resolution", "jobs.resolution", 1000);
                    form.add(resolution, complete(submit, Map.of("resolution", resolution)));
                });
    }

    /** A job task's form: the job's details, then the fields of {@code body}. */
    private static TaskFormFactory factory(
            FormKey formKey,
            JobPostService posts,
            Feedback feedback,
            TaskFormFactory.Body<JobPostDetails> body) {
        return TaskFormFactory.about(
                formKey.key(),
                feedback,
                task -> posts.get(TaskFormFactory.id(task, "postId")),
                (form, post, submit) -> {
                    form.add(new H3(post.title()), new JobDetails(post));
                    body.build(form, post, submit);
                });
    }
}
