package org.sangsaeng.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.sangsaeng.engine.ProcessEngine;
import org.sangsaeng.jobs.domain.JobApplication;
import org.sangsaeng.jobs.domain.JobPost;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.notifications.Notice;
import org.sangsaeng.notifications.NotificationService;
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

    private final JobService jobs;
    private final NotificationService notifications;
    private final MemberDirectory directory;
    private final ProcessEngine engine;
    private final java.time.Clock clock;

    JobSteps(
            JobService jobs,
            NotificationService notifications,
            MemberDirectory directory,
            ProcessEngine engine,
            java.time.Clock clock) {
        this.jobs = jobs;
        this.notifications = notifications;
        this.directory = directory;
        this.engine = engine;
        this.clock = clock;
    }

    public void publish(long postId) {
        JobPost post = jobs.lockPost(postId);
        if (post.getState() == JobState.IN_REVIEW) {
            post.moveTo(JobState.PUBLISHED, null);
        }
        tell(
                post.getEmployerId(),
                Template.JOB_PUBLISHED,
                Map.of("job", post.getTitle()),
                post,
                "job-published:" + postId);
    }

    public void rejected(long postId) {
        JobPost post = jobs.lockPost(postId);
        tell(
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
    public Instant decisionDue(long postId) {
        return jobs.decisionDue(postId);
    }

    public Deadline deadline(long postId) {
        JobPost post = jobs.lockPost(postId);
        return new Deadline(
                jobs.accepted(postId) >= post.getPositions(), !post.isDeadlineExtended());
    }

    public Instant extend(long postId, Instant newDeadline) {
        JobPost post = jobs.lockPost(postId);
        if (!post.isDeadlineExtended()) {
            post.extendDeadline(newDeadline);
        }
        return post.getApplicationDeadline();
    }

    /** Closes the post to applications: those still waiting are told they were not chosen. */
    public void close(long postId) {
        JobPost post = jobs.lockPost(postId);
        if (post.getState() == JobState.PUBLISHED) {
            post.moveTo(JobState.CLOSED, null);
        }
        for (JobApplication a :
                jobs.applicationsIn(
                        postId,
                        EnumSet.of(ApplicationState.APPLIED, ApplicationState.SHORTLISTED))) {
            a.moveTo(ApplicationState.REJECTED, clock.instant());
            jobs.tellNotRetained(a, post);
        }
    }

    /**
     * After the work: the hires (offers accepted before the work started), one map per accepted
     * application, for the confirmations.
     */
    public List<Map<String, Object>> hires(long postId) {
        return jobs.applicationsIn(postId, EnumSet.of(ApplicationState.ACCEPTED)).stream()
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
        JobPost post = jobs.lockPost(postId);
        post.moveTo(JobState.DONE, post.getReviewComment());
    }

    /** Whether the two sides disagree on whether the work took place (a dispute for the leader). */
    public boolean settle(long applicationId) {
        JobApplication a = jobs.lockApplication(applicationId);
        return !Boolean.TRUE.equals(a.getEmployerConfirmed())
                || !Boolean.TRUE.equals(a.getWorkerConfirmed());
    }

    /**
     * Nobody answered the offer in time: it expires and the employer is told to pick the next one.
     */
    public void offerExpired(long applicationId) {
        JobApplication a = jobs.lockApplication(applicationId);
        JobPost post = jobs.lockPost(a.getPostId());
        if (a.getState() == ApplicationState.OFFERED) {
            a.moveTo(ApplicationState.EXPIRED, clock.instant());
        }
        tell(
                post.getEmployerId(),
                Template.JOB_OFFER_EXPIRED,
                Map.of("job", post.getTitle(), "seeker", seekerName(a)),
                post,
                "job-offer-expired:" + applicationId);
    }

    /**
     * The seeker answered: the employer is told; when the last position is taken, the post closes.
     */
    public void offerAnswered(long applicationId) {
        JobApplication a = jobs.lockApplication(applicationId);
        JobPost post = jobs.lockPost(a.getPostId());
        boolean accepted = a.getState() == ApplicationState.ACCEPTED;
        tell(
                post.getEmployerId(),
                accepted ? Template.JOB_OFFER_ACCEPTED : Template.JOB_OFFER_DECLINED,
                Map.of("job", post.getTitle(), "seeker", seekerName(a)),
                post,
                "job-offer-answered:" + applicationId);
        if (accepted
                && jobs.accepted(post.getId()) >= post.getPositions()
                && post.getState() == JobState.PUBLISHED) {
            engine.publishMessage(
                    JobService.FILLED_MESSAGE,
                    String.valueOf(post.getId()),
                    JobService.FILLED_MESSAGE + "-" + post.getId(),
                    Duration.ofHours(1),
                    Map.of());
        }
    }

    private String seekerName(JobApplication a) {
        return directory.displayNames(List.of(a.getSeekerId())).get(a.getSeekerId());
    }

    private void tell(
            long userId,
            Template template,
            Map<String, Object> variables,
            JobPost post,
            String key) {
        notifications.send(
                new Notice(
                        userId,
                        template,
                        variables,
                        "jobs/" + post.getId(),
                        post.getCoopId(),
                        false,
                        key));
    }
}
