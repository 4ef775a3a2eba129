package org.sangsaeng.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.engine.ProcessEngine;
import org.sangsaeng.governance.CoopRulesService;
import org.sangsaeng.governance.JobPostReview;
import org.sangsaeng.governance.RulesVersion;
import org.sangsaeng.jobs.domain.JobApplications;
import org.sangsaeng.jobs.domain.JobPost;
import org.sangsaeng.jobs.domain.JobPosts;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.Role;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.shared.ReviewDecision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Job posts: posting, the board, the review and the employer's revision, closing early. Published
 * posts are visible to every signed-in person; a post under review only to its employer and its
 * reviewer.
 */
@Service
@Transactional
public class JobPostService {

    public static final String PROCESS_ID = "job-matching";
    static final String BUSINESS_KEY_PREFIX = "job-post-";
    public static final String FILLED_MESSAGE = "job-post-filled";
    public static final String CLOSED_MESSAGE = "job-post-closed";

    private final JobPosts posts;
    private final JobApplications applications;
    private final JobLookup lookup;
    private final JobPostViews views;
    private final JobPostTerms terms;
    private final CoopService coops;
    private final CoopRulesService rules;
    private final CurrentUsers currentUsers;
    private final ProcessEngine engine;
    private final Clock clock;

    JobPostService(
            JobPosts posts,
            JobApplications applications,
            JobLookup lookup,
            JobPostViews views,
            JobPostTerms terms,
            CoopService coops,
            CoopRulesService rules,
            CurrentUsers currentUsers,
            ProcessEngine engine,
            Clock clock) {
        this.posts = posts;
        this.applications = applications;
        this.lookup = lookup;
        this.views = views;
        this.terms = terms;
        this.coops = coops;
        this.rules = rules;
        this.currentUsers = currentUsers;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * A member posts a job; it goes to the reviewer the co-op's rules name (leader or foundation).
     */
    public JobPostView post(JobPostForm form) {
        CurrentUser me = currentUsers.require();
        if (form == null) {
            throw new InvalidInputException("error.job.title");
        }
        coops.get(form.coopId());
        if (!me.isMemberOf(form.coopId())) {
            throw new AccessDeniedException("error.job.membersOnly");
        }
        RulesVersion pinned = rules.pinCurrent(form.coopId());
        JobPost post =
                new JobPost(
                        form.coopId(),
                        me.id(),
                        pinned.version(),
                        pinned.rules().jobPostReview(),
                        clock.instant());
        terms.describe(post, form);
        posts.saveAndFlush(post);
        Map<String, Object> variables = new HashMap<>();
        variables.put("postId", post.getId());
        variables.put("coopId", post.getCoopId());
        variables.put("employer", me.username());
        variables.put("rulesVersion", pinned.version());
        variables.put(
                "reviewGroups",
                List.of(
                        post.getReviewer() == JobPostReview.FOUNDATION
                                ? "foundation"
                                : "coop:" + post.getCoopId() + ":leader"));
        variables.putAll(schedule(post));
        variables.put("reminderLead", pinned.rules().reminderLead().toString());
        variables.put("reviewDue", lookup.decisionDue(post).toString());
        post.startedAs(engine.start(PROCESS_ID, BUSINESS_KEY_PREFIX + post.getId(), variables));
        return views.view(post, me);
    }

    /**
     * The published jobs whose application deadline has not passed, filtered, soonest deadline
     * first.
     */
    @Transactional(readOnly = true)
    public List<JobPostView> board(JobFilter filter) {
        CurrentUser me = currentUsers.require();
        JobFilter f = filter == null ? JobFilter.none() : filter;
        Instant now = clock.instant();
        List<JobPost> open =
                posts.findByStateOrderByApplicationDeadline(JobState.PUBLISHED).stream()
                        .filter(p -> p.getApplicationDeadline().isAfter(now))
                        .filter(
                                p ->
                                        f.businessType() == null
                                                || p.getBusinessType() == f.businessType())
                        .filter(
                                p ->
                                        f.area() == null
                                                || f.area().isBlank()
                                                || p.getArea()
                                                        .toLowerCase(Locale.ROOT)
                                                        .contains(
                                                                f.area()
                                                                        .trim()
                                                                        .toLowerCase(Locale.ROOT)))
                        .filter(
                                p ->
                                        f.date() == null
                                                || (!f.date().isBefore(p.getStartDate())
                                                        && !f.date().isAfter(p.getEndDate())))
                        .toList();
        return views.views(open, me);
    }

    @Transactional(readOnly = true)
    public JobPostView get(long postId) {
        CurrentUser me = currentUsers.require();
        return views.view(visible(postId, me), me);
    }

    @Transactional(readOnly = true)
    public List<JobPostView> myPosts() {
        CurrentUser me = currentUsers.require();
        return views.views(posts.findByEmployerIdOrderByIdDesc(me.id()), me);
    }

    /**
     * The reviewer's decision (the review task's form): approve, ask for changes with a comment, or
     * reject with a reason.
     */
    public void review(long postId, ReviewDecision decision, String comment) {
        CurrentUser me = currentUsers.require();
        JobPost post = lookup.lockPost(postId);
        if (!reviews(post, me)) {
            throw new AccessDeniedException("error.job.reviewerOnly");
        }
        if (post.getEmployerId() == me.id()) {
            throw new AccessDeniedException("error.job.ownReview");
        }
        if (decision == null) {
            throw new InvalidInputException("error.job.decisionRequired");
        }
        switch (decision) {
            case APPROVE -> post.approve();
            case CHANGES -> post.requestChanges(comment);
            case REJECT -> post.reject(comment);
        }
    }

    /**
     * The employer revises the post after the reviewer asked for changes; returns the new schedule
     * for the process.
     */
    public Map<String, Object> revise(long postId, JobPostForm form) {
        CurrentUser me = currentUsers.require();
        JobPost post = lookup.employersPost(postId, me);
        post.resubmit();
        if (form == null || form.coopId() != post.getCoopId()) {
            throw new InvalidInputException("error.job.coopFixed");
        }
        terms.describe(post, form);
        Map<String, Object> variables = new HashMap<>(schedule(post));
        variables.put("reviewDue", lookup.decisionDue(post).toString());
        return variables;
    }

    /**
     * When a person's next step on the post (a review, a revision, the unfilled decision,
     * confirming the work, settling a dispute) is due: the post's rules' decision time from now.
     */
    @Transactional(readOnly = true)
    public Instant decisionDue(long postId) {
        return lookup.decisionDue(lookup.post(postId));
    }

    /** The employer closes the post before its deadline (no more applications). */
    public JobPostView closeEarly(long postId) {
        CurrentUser me = currentUsers.require();
        JobPost post = lookup.employersPost(postId, me);
        post.requirePublished();
        // The process closes the post a moment later; until then a second close finds the message
        // sent.
        if (!engine.publishMessage(
                CLOSED_MESSAGE,
                String.valueOf(postId),
                CLOSED_MESSAGE + "-" + postId,
                Duration.ofHours(1),
                Map.of())) {
            throw new BusinessException("error.job.closed");
        }
        return views.view(post, me);
    }

    /** Checks the employer's choice at the deadline (the form of the unfilled-post task). */
    public Instant checkExtension(long postId, Instant newDeadline) {
        CurrentUser me = currentUsers.require();
        JobPost post = lookup.employersPost(postId, me);
        if (!post.mayExtendDeadline()) {
            throw new BusinessException("error.job.extendedOnce");
        }
        if (newDeadline == null || !newDeadline.isAfter(clock.instant())) {
            throw new InvalidInputException("error.job.deadlinePast");
        }
        if (newDeadline.isAfter(post.workStarts())) {
            throw new InvalidInputException("error.job.deadlineAfterStart");
        }
        return newDeadline.truncatedTo(ChronoUnit.SECONDS);
    }

    private Map<String, Object> schedule(JobPost post) {
        return Map.of(
                "applicationDeadline",
                post.getApplicationDeadline().toString(),
                "workEndsAt",
                post.workEnds().toString());
    }

    private JobPost visible(long postId, CurrentUser me) {
        JobPost post = lookup.post(postId);
        boolean applied = applications.findByPostIdAndSeekerId(postId, me.id()).isPresent();
        if (post.getState() == JobState.PUBLISHED
                || post.getState() == JobState.CLOSED
                || post.getState() == JobState.DONE
                || post.getEmployerId() == me.id()
                || reviews(post, me)
                || applied
                || me.has(Role.FOUNDATION)
                || me.has(Role.ADMIN)) {
            return post;
        }
        throw new NotFoundException("error.job.notFound", postId);
    }

    /**
     * Whether I am the post's reviewer: the co-op's leader, or the foundation, as its rules say.
     */
    private static boolean reviews(JobPost post, CurrentUser me) {
        return post.getReviewer() == JobPostReview.FOUNDATION
                ? me.has(Role.FOUNDATION)
                : me.isLeaderOf(post.getCoopId());
    }
}
