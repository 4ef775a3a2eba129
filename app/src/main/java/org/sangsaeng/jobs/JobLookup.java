package org.sangsaeng.jobs;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sangsaeng.governance.CoopRulesService;
import org.sangsaeng.jobs.domain.JobApplication;
import org.sangsaeng.jobs.domain.JobApplications;
import org.sangsaeng.jobs.domain.JobPost;
import org.sangsaeng.jobs.domain.JobPosts;
import org.sangsaeng.jobs.domain.JobRatings;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finding and locking posts and applications, counting hires and reading ratings: what the job
 * services and the process steps all need, in one place.
 */
@Component
class JobLookup {

    static final Set<ApplicationState> TAKEN = EnumSet.of(ApplicationState.ACCEPTED);

    private final JobPosts posts;
    private final JobApplications applications;
    private final JobRatings ratings;
    private final CoopRulesService rules;

    JobLookup(
            JobPosts posts,
            JobApplications applications,
            JobRatings ratings,
            CoopRulesService rules) {
        this.posts = posts;
        this.applications = applications;
        this.ratings = ratings;
        this.rules = rules;
    }

    JobPost post(long postId) {
        return posts.findById(postId)
                .orElseThrow(() -> new NotFoundException("error.job.notFound", postId));
    }

    JobPost lockPost(long postId) {
        return posts.findForUpdate(postId)
                .orElseThrow(() -> new NotFoundException("error.job.notFound", postId));
    }

    JobApplication lockApplication(long applicationId) {
        return applications
                .findForUpdate(applicationId)
                .orElseThrow(
                        () ->
                                new NotFoundException(
                                        "error.job.applicationNotFound", applicationId));
    }

    /** The post, when it is mine; someone else's post is refused as not theirs to handle. */
    JobPost employersPost(long postId, CurrentUser me) {
        JobPost post = post(postId);
        if (post.getEmployerId() != me.id()) {
            throw new AccessDeniedException("error.job.employerOnly");
        }
        return post;
    }

    /** How many people took a position on the post (offers accepted). */
    int accepted(long postId) {
        return applications.countByPostIdAndStateIn(postId, TAKEN);
    }

    List<JobApplication> applicationsIn(long postId, Set<ApplicationState> states) {
        return applications.findByPostIdAndStateIn(postId, states);
    }

    /**
     * When a person's next step on the post (a review, a revision, the unfilled decision,
     * confirming the work, settling a dispute) is due: the post's rules' decision time from now.
     */
    Instant decisionDue(JobPost post) {
        return rules.decisionDue(post.getCoopId(), post.getRulesVersion());
    }

    Rating rating(long userId) {
        return ratings(List.of(userId)).get(userId);
    }

    /** Ratings of people in one query; someone not rated yet has none (null average, count 0). */
    Map<Long, Rating> ratings(Collection<Long> userIds) {
        Map<Long, Rating> all = new HashMap<>();
        userIds.forEach(id -> all.put(id, new Rating(null, 0)));
        ratings.summariesOf(userIds)
                .forEach(
                        s ->
                                all.put(
                                        s.getRateeId(),
                                        new Rating(
                                                Math.round(s.getAverage() * 10) / 10.0,
                                                s.getCount())));
        return all;
    }
}
