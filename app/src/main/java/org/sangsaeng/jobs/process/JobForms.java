package org.sangsaeng.jobs.process;

import java.time.Instant;
import java.util.Map;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.engine.UserTaskForm;
import org.sangsaeng.jobs.JobApplicationService;
import org.sangsaeng.jobs.JobPostForm;
import org.sangsaeng.jobs.JobPostService;
import org.sangsaeng.jobs.JobSteps;
import org.sangsaeng.jobs.PayUnit;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.shared.FormValues;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.ReviewDecision;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rules of the job processes' task forms, checked on the server by the job service. */
@Configuration(proxyBeanMethods = false)
class JobForms {

    @Bean
    UserTaskForm jobPostReviewForm(JobPostService posts) {
        return UserTaskForm.of(
                FormKey.JOB_POST_REVIEW.key(),
                (submitted, vars) -> {
                    ReviewDecision decision =
                            ReviewDecision.of(
                                    submitted.get("decision"), "error.job.decisionRequired");
                    long postId = FormValues.wholeNumber(vars.get("postId"));
                    posts.review(postId, decision, FormValues.text(submitted.get("comment")));
                    // Sent back, the employer's revision is due from now.
                    return Map.of(
                            "reviewDecision",
                            decision.name(),
                            "reviseDue",
                            posts.decisionDue(postId).toString());
                });
    }

    @Bean
    UserTaskForm jobPostReviseForm(JobPostService posts) {
        return UserTaskForm.of(
                FormKey.JOB_POST_REVISE.key(),
                (submitted, vars) ->
                        posts.revise(
                                FormValues.wholeNumber(vars.get("postId")),
                                post(submitted, FormValues.wholeNumber(vars.get("coopId")))));
    }

    @Bean
    UserTaskForm jobPostUnfilledForm(JobPostService posts) {
        return UserTaskForm.of(
                FormKey.JOB_POST_UNFILLED.key(),
                (submitted, vars) -> {
                    String decision = FormValues.text(submitted.get("decision"));
                    if ("CLOSE".equals(decision)) {
                        return Map.of("unfilledDecision", "CLOSE");
                    }
                    if (!"EXTEND".equals(decision)) {
                        throw new InvalidInputException("error.job.decisionRequired");
                    }
                    Instant deadline =
                            posts.checkExtension(
                                    FormValues.wholeNumber(vars.get("postId")),
                                    FormValues.instant(
                                            submitted.get("newDeadline"), "newDeadline"));
                    return Map.of(
                            "unfilledDecision",
                            "EXTEND",
                            "newApplicationDeadline",
                            deadline.toString());
                });
    }

    @Bean
    UserTaskForm jobOfferAnswerForm(JobApplicationService applications, JobSteps steps) {
        return UserTaskForm.of(
                FormKey.JOB_OFFER_ANSWER.key(),
                (submitted, vars) -> {
                    if (!(submitted.get("accepted") instanceof Boolean accepted)) {
                        throw new InvalidInputException("error.job.decisionRequired");
                    }
                    applications.answerOffer(
                            FormValues.wholeNumber(vars.get("applicationId")), accepted);
                    return Map.of("offerAccepted", accepted);
                },
                (seeker, vars) -> {
                    steps.offerAnswerNotTaken(FormValues.wholeNumber(vars.get("applicationId")));
                    return true;
                });
    }

    @Bean
    UserTaskForm jobConfirmForm(JobApplicationService applications) {
        return UserTaskForm.of(
                FormKey.JOB_CONFIRM.key(),
                (submitted, vars) -> {
                    if (!(submitted.get("happened") instanceof Boolean happened)) {
                        throw new InvalidInputException("error.job.decisionRequired");
                    }
                    Object stars = submitted.get("stars");
                    if (stars != null && !(stars instanceof Number)) {
                        throw new InvalidInputException("error.job.stars");
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, Object> hire = (Map<String, Object>) vars.get("hire");
                    applications.confirmWork(
                            FormValues.wholeNumber(hire.get("applicationId")),
                            happened,
                            stars == null ? null : ((Number) stars).intValue(),
                            FormValues.text(submitted.get("comment")));
                    return Map.of();
                });
    }

    @Bean
    UserTaskForm jobDisputeForm(JobApplicationService applications) {
        return UserTaskForm.of(
                FormKey.JOB_DISPUTE.key(),
                (submitted, vars) -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> hire = (Map<String, Object>) vars.get("hire");
                    applications.resolveDispute(
                            FormValues.wholeNumber(hire.get("applicationId")),
                            FormValues.text(submitted.get("resolution")));
                    return Map.of();
                });
    }

    /** A job post as a form sends it; a refusal names the field that is missing or malformed. */
    private static JobPostForm post(Map<String, Object> s, long coopId) {
        return new JobPostForm(
                coopId,
                FormValues.text(s.get("title")),
                s.get("businessType") == null
                        ? null
                        : FormValues.choice(
                                BusinessType.class, s.get("businessType"), "businessType"),
                FormValues.text(s.get("tasks")),
                FormValues.text(s.get("skills")),
                FormValues.text(s.get("place")),
                FormValues.text(s.get("area")),
                FormValues.date(s.get("startDate"), "startDate"),
                FormValues.date(s.get("endDate"), "endDate"),
                FormValues.time(s.get("dailyStart"), "dailyStart"),
                FormValues.time(s.get("dailyEnd"), "dailyEnd"),
                (int) FormValues.wholeNumber(s.get("positions"), "positions"),
                FormValues.choice(PayUnit.class, s.get("payUnit"), "payUnit"),
                FormValues.wholeNumber(s.get("payWon"), "payWon"),
                FormValues.instant(s.get("applicationDeadline"), "applicationDeadline"));
    }
}
