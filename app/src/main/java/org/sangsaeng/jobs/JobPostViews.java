package org.sangsaeng.jobs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sangsaeng.jobs.domain.JobApplications;
import org.sangsaeng.jobs.domain.JobPost;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.shared.Tags;
import org.springframework.stereotype.Component;

/**
 * Job posts as a person sees them: with the employer's name and rating, hires and my application.
 */
@Component
class JobPostViews {

    private final JobApplications applications;
    private final JobLookup lookup;
    private final MemberDirectory directory;

    JobPostViews(JobApplications applications, JobLookup lookup, MemberDirectory directory) {
        this.applications = applications;
        this.lookup = lookup;
        this.directory = directory;
    }

    JobPostView view(JobPost p, CurrentUser me) {
        return views(List.of(p), me).getFirst();
    }

    /**
     * Views of many posts with a fixed number of queries: names, hires, my applications and ratings
     * in one each.
     */
    List<JobPostView> views(List<JobPost> list, CurrentUser me) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(JobPost::getId).toList();
        List<Long> employers = list.stream().map(JobPost::getEmployerId).distinct().toList();
        Map<Long, MemberDirectory.Person> people = directory.people(employers);
        Map<Long, Long> hired = new HashMap<>();
        applications.countAccepted(ids).forEach(c -> hired.put(c.getPostId(), c.getHired()));
        Map<Long, ApplicationState> mine = new HashMap<>();
        applications
                .findBySeekerIdAndPostIdIn(me.id(), ids)
                .forEach(a -> mine.put(a.getPostId(), a.getState()));
        Map<Long, Rating> employerRatings = lookup.ratings(employers);
        return list.stream()
                .map(
                        p -> {
                            MemberDirectory.Person employer = people.get(p.getEmployerId());
                            return new JobPostView(
                                    p.getId(),
                                    p.getCoopId(),
                                    employer.username(),
                                    employer.displayName(),
                                    p.getTitle(),
                                    p.getBusinessType(),
                                    p.getTasks(),
                                    List.copyOf(Tags.parse(p.getSkills())),
                                    p.getPlace(),
                                    p.getArea(),
                                    p.getStartDate(),
                                    p.getEndDate(),
                                    p.getDailyStart(),
                                    p.getDailyEnd(),
                                    p.getPositions(),
                                    hired.getOrDefault(p.getId(), 0L).intValue(),
                                    p.getPayUnit(),
                                    p.getPayWon(),
                                    p.getApplicationDeadline(),
                                    p.isDeadlineExtended(),
                                    p.getState(),
                                    p.getReviewComment(),
                                    employerRatings.get(p.getEmployerId()),
                                    p.getEmployerId() == me.id(),
                                    mine.get(p.getId()));
                        })
                .toList();
    }
}
