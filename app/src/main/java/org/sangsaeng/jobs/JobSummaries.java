package org.sangsaeng.jobs;

import org.sangsaeng.jobs.domain.JobPosts;
import org.sangsaeng.shared.BusinessSummary;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.ObjectSummaries;
import org.sangsaeng.shared.SummaryFacts;
import org.springframework.stereotype.Component;

/** A job post next to its trail: its state, employer, positions filled and its applicants. */
@Component
class JobSummaries extends ObjectSummaries<JobPostDetails> {

    private final JobApplicationService applications;

    JobSummaries(
            JobPostService posts,
            JobApplicationService applications,
            Messages messages,
            JobPosts titleSource) {
        super(JobPostService.BUSINESS_KEY_PREFIX, posts::get, titleSource::findTitles, messages);
        this.applications = applications;
    }

    @Override
    protected BusinessSummary summary(JobPostDetails p, SummaryFacts facts) {
        facts.message("explorer.fact.state", "jobState." + p.state().name())
                .add("explorer.fact.employer", p.employerName())
                .message(
                        "explorer.fact.positions",
                        "explorer.fact.positionsValue",
                        p.accepted(),
                        p.positions());
        for (ApplicationDetails a : applications.applicants(p.id())) {
            facts.named(a.seekerName(), facts.text("applicationState." + a.state().name()));
        }
        return facts.summary("explorer.kind.job", p.title(), "jobs/" + p.id());
    }
}
