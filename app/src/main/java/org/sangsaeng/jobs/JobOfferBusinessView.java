package org.sangsaeng.jobs;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sangsaeng.jobs.domain.JobApplications;
import org.sangsaeng.shared.BusinessSummary;
import org.sangsaeng.shared.BusinessView;
import org.springframework.stereotype.Component;

/**
 * A job offer (job-offer.bpmn, one per application) is about its job post: the post's title and
 * summary.
 */
@Component
class JobOfferBusinessView implements BusinessView {

    private final JobApplications applications;
    private final JobBusinessView posts;

    JobOfferBusinessView(JobApplications applications, JobBusinessView posts) {
        this.applications = applications;
        this.posts = posts;
    }

    @Override
    public String prefix() {
        return JobApplicationService.OFFER_BUSINESS_KEY_PREFIX;
    }

    @Override
    public Map<Long, String> titles(Collection<Long> ids) {
        return BusinessView.byId(applications.findPostTitles(ids));
    }

    @Override
    public Optional<BusinessSummary> summary(long id, Locale locale) {
        return applications.findById(id).flatMap(a -> posts.summary(a.getPostId(), locale));
    }
}
