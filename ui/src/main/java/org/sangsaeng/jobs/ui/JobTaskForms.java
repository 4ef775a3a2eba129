package org.sangsaeng.jobs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.jobs.JobPostService;
import org.sangsaeng.jobs.JobPostView;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.shared.ReviewDecision;
import org.sangsaeng.tasks.ui.TaskFormFactory;
import org.sangsaeng.ui.Feedback;
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
                (form, post, submit) -> {
                    RadioButtonGroup<String> decision =
                            choice(
                                    form,
                                    "job-review-decision",
                                    Arrays.stream(ReviewDecision.values())
                                            .map(ReviewDecision::name)
                                            .toList());
                    TextArea comment = text(form, "jobs.reviewComment", "job-review-comment");
                    form.add(
                            decision,
                            comment,
                            complete(
                                    form,
                                    () -> {
                                        Map<String, Object> values = new HashMap<>();
                                        values.put("decision", decision.getValue());
                                        values.put("comment", comment.getValue());
                                        return values;
                                    },
                                    submit));
                });
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
                    form.add(editor, complete(form, editor::asSubmission, submit));
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
                            choice(form, "job-unfilled-decision", List.of("EXTEND", "CLOSE"));
                    DateTimePicker deadline =
                            new DateTimePicker(
                                    form.getTranslation("jobs.newDeadline"),
                                    LocalDateTime.now(MarketTime.ZONE)
                                            .plusDays(2)
                                            .withMinute(0)
                                            .withSecond(0)
                                            .withNano(0));
                    deadline.setId("job-new-deadline");
                    form.add(
                            decision,
                            deadline,
                            complete(
                                    form,
                                    () -> {
                                        Map<String, Object> values = new HashMap<>();
                                        values.put("decision", decision.getValue());
                                        values.put(
                                                "newDeadline",
                                                deadline.getValue() == null
                                                        ? null
                                                        : deadline.getValue()
                                                                .atZone(MarketTime.ZONE)
                                                                .toInstant()
                                                                .toString());
                                        return values;
                                    },
                                    submit));
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
                    form.add(
                            answer,
                            complete(
                                    form,
                                    () -> {
                                        Map<String, Object> values = new HashMap<>();
                                        values.put("accepted", answer.getValue());
                                        return values;
                                    },
                                    submit));
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
                    TextArea comment = text(form, "jobs.ratingComment", "job-rating-comment");
                    form.add(
                            happened,
                            stars,
                            comment,
                            complete(
                                    form,
                                    () -> {
                                        Map<String, Object> values = new HashMap<>();
                                        values.put("happened", happened.getValue());
                                        values.put("stars", stars.getValue());
                                        values.put("comment", comment.getValue());
                                        return values;
                                    },
                                    submit));
                });
    }

    @Bean
    TaskFormFactory jobDisputeFormFactory(JobPostService posts, Feedback feedback) {
        return factory(
                FormKey.JOB_DISPUTE,
                posts,
                feedback,
                (form, post, submit) -> {
                    TextArea resolution = text(form, "jobs.resolution", "job-resolution");
                    form.add(
                            resolution,
                            complete(
                                    form,
                                    () -> {
                                        Map<String, Object> values = new HashMap<>();
                                        values.put("resolution", resolution.getValue());
                                        return values;
                                    },
                                    submit));
                });
    }

    /** A job task's form: the job's details, then the fields of {@code body}. */
    private static TaskFormFactory factory(
            FormKey formKey,
            JobPostService posts,
            Feedback feedback,
            TaskFormFactory.Body<JobPostView> body) {
        return TaskFormFactory.about(
                formKey.key(),
                feedback,
                task -> posts.get(TaskFormFactory.id(task, "postId")),
                (form, post, submit) -> {
                    form.add(new H3(post.title()), new JobDetails(post));
                    body.build(form, post, submit);
                });
    }

    private static RadioButtonGroup<String> choice(
            VerticalLayout form, String id, List<String> options) {
        RadioButtonGroup<String> group =
                new RadioButtonGroup<>(form.getTranslation("review.decision"));
        group.setItems(options);
        group.setItemLabelGenerator(o -> form.getTranslation("jobDecision." + o));
        group.setId(id);
        return group;
    }

    private static TextArea text(VerticalLayout form, String labelKey, String id) {
        TextArea area = new TextArea(form.getTranslation(labelKey));
        area.setMaxLength(1000);
        area.setWidthFull();
        area.setId(id);
        return area;
    }

    private static Button complete(
            VerticalLayout form,
            java.util.function.Supplier<Map<String, Object>> values,
            Consumer<Map<String, Object>> submit) {
        Button button =
                new Button(form.getTranslation("tasks.complete"), e -> submit.accept(values.get()));
        button.setId("complete-task");
        button.addThemeName("primary");
        return button;
    }
}
