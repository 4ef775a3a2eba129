package org.sangsaeng.jobs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sangsaeng.jobs.domain.JobPosts;
import org.sangsaeng.shared.BusinessSummary;
import org.sangsaeng.shared.BusinessSummary.Fact;
import org.sangsaeng.shared.BusinessView;
import org.sangsaeng.shared.Messages;
import org.springframework.stereotype.Component;

/** A job post next to its trail: its state, employer, positions filled and its applicants. */
@Component
class JobBusinessView implements BusinessView {

    private final JobPostService posts;
    private final JobApplicationService applications;
    private final Messages messages;

    private final JobPosts titleSource;

    JobBusinessView(
            JobPostService posts,
            JobApplicationService applications,
            Messages messages,
            JobPosts titleSource) {
        this.titleSource = titleSource;
        this.posts = posts;
        this.applications = applications;
        this.messages = messages;
    }

    @Override
    public String prefix() {
        return JobPostService.BUSINESS_KEY_PREFIX;
    }

    @Override
    public Map<Long, String> titles(Collection<Long> ids) {
        return BusinessView.byId(titleSource.findTitles(ids));
    }

    @Override
    public Optional<BusinessSummary> summary(long id, Locale locale) {
        return BusinessView.ifFound(() -> posts.get(id)).map(p -> summary(p, locale));
    }

    private BusinessSummary summary(JobPostView p, Locale locale) {
        List<Fact> facts = new ArrayList<>();
        facts.add(
                new Fact(
                        messages.get("explorer.fact.state", locale),
                        messages.get("jobState." + p.state().name(), locale)));
        facts.add(new Fact(messages.get("explorer.fact.employer", locale), p.employerName()));
        facts.add(
                new Fact(
                        messages.get("explorer.fact.positions", locale),
                        messages.get(
                                "explorer.fact.positionsValue",
                                locale,
                                p.accepted(),
                                p.positions())));
        for (ApplicationView a : applications.applicants(p.id())) {
            facts.add(
                    new Fact(
                            a.seekerName(),
                            messages.get("applicationState." + a.state().name(), locale)));
        }
        return new BusinessSummary(
                messages.get("explorer.kind.job", locale), p.title(), "jobs/" + p.id(), facts);
    }
}
