package org.sangsaeng.jobs.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import org.sangsaeng.jobs.JobPostView;
import org.sangsaeng.ui.Feedback;

/** A job post's facts, as the board, its page and the task forms show them. */
class JobDetails extends FormLayout {

    JobDetails(JobPostView p) {
        item(p.employerName() + " · " + JobTexts.rating(this, p.employerRating()), "jobs.employer");
        item(getTranslation("businessType." + p.businessType().name()), "jobs.businessType");
        item(p.tasks(), "jobs.tasks");
        item(String.join(", ", p.skills()), "jobs.skills");
        item(p.place() + " (" + p.area() + ")", "jobs.place");
        item(JobTexts.when(this, p), "jobs.when");
        item(JobTexts.pay(this, p.payUnit(), p.payWon()), "jobs.pay");
        item(getTranslation("jobs.positionsTaken", p.accepted(), p.positions()), "jobs.positions");
        item(
                Feedback.dateTime(p.applicationDeadline(), getLocale())
                        + (p.deadlineExtended() ? " " + getTranslation("jobs.extended") : ""),
                "jobs.deadline");
        item(getTranslation("jobState." + p.state().name()), "jobs.state");
        if (p.reviewComment() != null) {
            item(p.reviewComment(), "jobs.reviewComment");
        }
        setId("job-details");
    }

    private void item(String value, String labelKey) {
        Span text = new Span(value);
        text.addClassName("plain-text");
        addFormItem(text, getTranslation(labelKey));
    }
}
