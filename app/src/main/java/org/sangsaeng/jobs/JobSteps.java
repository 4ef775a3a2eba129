package org.sangsaeng.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.sangsaeng.engine.ProcessEngine;
import org.sangsaeng.jobs.domain.JobApplication;
import org.sangsaeng.jobs.domain.JobPost;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.notifications.Template;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the job-matching and job-offer processes, for their job workers only: no signed-in
 * user, each safe to run twice. People are told what concerns them.
 */
@Service
@Transactional
public class JobSteps {

    /**
     * At the application deadline: whether every position is taken, and whether the deadline may
     * still move once.
     */
    public record Deadline(boolean filled, boolean mayExtend) {}

    private final JobLookup lookup;
    private final JobNotices notices;
    private final MemberDirectory directory;
    private final ProcessEngine engine;
    private final Clock clock;

    JobSteps(
            JobLookup lookup,
            JobNotices notices,
            MemberDirectory directory,
            ProcessEngine engine,
            Clock clock) {
        this.lookup = lookup;
        this.notices = notices;
        this.directory = directory;
        this.engine = engine;
        this.clock = clock;
    }

    public void publish(long postId) {
        JobPost post = lookup.lockPost(postId);
        post.publish();
        notices.tell(
                post.getEmployerId(),
                Template.JOB_PUBLISHED,
                Map.of("job", post.getTitle()),
                post,
                "job-published:" + postId);
    }

    public void rejected(long postId) {
        JobPost post = lookup.lockPost(postId);
        notices.tell(
                post.getEmployerId(),
                Template.JOB_REJECTED,
                Map.of(
                        "job",
                        post.getTitle(),
                        "reason",
                        post.getReviewComment() == null ? "" : post.getReviewComment()),
                post,
                "job-rejected:" + postId);
    }

    /** When the next person's step on the post falls due, from now under the post's rules. */
    @Transactional(readOnly = true)
    public Instant decisionDue(long postId) {
        return lookup.decisionDue(lookup.post(postId));
    }

    public Deadline deadline(long postId) {
        JobPost post = lookup.lockPost(postId);
        return new Deadline(
                lookup.accepted(postId) >= post.getPositions(), post.mayExtendDeadline());
    }

    public Instant extend(long postId, Instant newDeadline) {
        JobPost post = lookup.lockPost(postId);
        post.extendDeadline(newDeadline);
        return post.getApplicationDeadline();
    }

    /** Closes the post to applications: those still waiting are told they were not chosen. */
    public void close(long postId) {
        JobPost post = lookup.lockPost(postId);
        post.closeToApplications();
        for (JobApplication a :
                lookup.applicationsIn(
                        postId,
                        EnumSet.of(ApplicationState.APPLIED, ApplicationState.SHORTLISTED))) {
            a.reject(clock.instant());
            notices.notRetained(a, post);
        }
    }

    /**
     * After the work: the hires (offers accepted before the work started), one map per accepted
     * application, for the confirmations.
     */
    public List<Map<String, Object>> hires(long postId) {
        return lookup.applicationsIn(postId, JobLookup.TAKEN).stream()
                .map(
                        a ->
                                Map.<String, Object>of(
                                        "applicationId",
                                        a.getId(),
                                        "worker",
                                        directory.username(a.getSeekerId())))
                .toList();
    }

    public void done(long postId) {
        lookup.lockPost(postId).finish();
    }

    /** Whether the two sides disagree on whether the work took place (a dispute for the leader). */
    public boolean settle(long applicationId) {
        return lookup.lockApplication(applicationId).disputed();
    }

    /**
     * Nobody answered the offer in time: it expires and the employer is told to pick the next one.
     */
    public void offerExpired(long applicationId) {
        JobApplication a = lookup.lockApplication(applicationId);
        JobPost post = lookup.lockPost(a.getPostId());
        a.expire(clock.instant());
        notices.tell(
                post.getEmployerId(),
                Template.JOB_OFFER_EXPIRED,
                Map.of("job", post.getTitle(), "seeker", seekerName(a)),
                post,
                "job-offer-expired:" + applicationId);
    }

    /**
     * The seeker's answer to the offer was not taken (the offer had expired in the engine): it no
     * longer counts, so a job taken too late holds no position.
     */
    public void offerAnswerNotTaken(long applicationId) {
        lookup.lockApplication(applicationId).answerNotTaken(clock.instant());
    }

    /**
     * The seeker answered: the employer is told; when the last position is taken, the post closes.
     */
    public void offerAnswered(long applicationId) {
        JobApplication a = lookup.lockApplication(applicationId);
        JobPost post = lookup.lockPost(a.getPostId());
        boolean accepted = a.getState() == ApplicationState.ACCEPTED;
        notices.tell(
                post.getEmployerId(),
                accepted ? Template.JOB_OFFER_ACCEPTED : Template.JOB_OFFER_DECLINED,
                Map.of("job", post.getTitle(), "seeker", seekerName(a)),
                post,
                "job-offer-answered:" + applicationId);
        if (accepted
                && lookup.accepted(post.getId()) >= post.getPositions()
                && post.getState() == JobState.PUBLISHED) {
            engine.publishMessage(
                    JobPostService.FILLED_MESSAGE,
                    String.valueOf(post.getId()),
                    JobPostService.FILLED_MESSAGE + "-" + post.getId(),
                    Duration.ofHours(1),
                    Map.of());
        }
    }

    private String seekerName(JobApplication a) {
        return directory.displayNames(List.of(a.getSeekerId())).get(a.getSeekerId());
    }
}
