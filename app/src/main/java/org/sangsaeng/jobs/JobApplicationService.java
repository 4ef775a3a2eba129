package org.sangsaeng.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.sangsaeng.engine.ProcessEngine;
import org.sangsaeng.governance.CoopRulesService;
import org.sangsaeng.jobs.domain.JobApplication;
import org.sangsaeng.jobs.domain.JobApplications;
import org.sangsaeng.jobs.domain.JobPost;
import org.sangsaeng.jobs.domain.JobRating;
import org.sangsaeng.jobs.domain.JobRatings;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.notifications.Template;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.shared.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications to job posts: applying and withdrawing, the employer's shortlist, rejections and
 * offers, the seeker's answer, and after the work the confirmations, ratings and disputes. A post's
 * applicants are visible only to its employer; each person acts only on their own.
 */
@Service
@Transactional
public class JobApplicationService {

    public static final String OFFER_PROCESS_ID = "job-offer";
    static final String OFFER_BUSINESS_KEY_PREFIX = "job-offer-";
    private static final Set<ApplicationState> TAKEN_OR_OFFERED =
            EnumSet.of(ApplicationState.ACCEPTED, ApplicationState.OFFERED);

    private final JobApplications applications;
    private final JobRatings ratings;
    private final JobLookup lookup;
    private final JobNotices notices;
    private final Matching matching;
    private final CoopRulesService rules;
    private final CurrentUsers currentUsers;
    private final MemberDirectory directory;
    private final ProcessEngine engine;
    private final Clock clock;
    private final Duration offerAnswerTime;

    JobApplicationService(
            JobApplications applications,
            JobRatings ratings,
            JobLookup lookup,
            JobNotices notices,
            Matching matching,
            CoopRulesService rules,
            CurrentUsers currentUsers,
            MemberDirectory directory,
            ProcessEngine engine,
            Clock clock,
            @Value("${sangsaeng.jobs.offer-answer-time:PT48H}") Duration offerAnswerTime) {
        this.applications = applications;
        this.ratings = ratings;
        this.lookup = lookup;
        this.notices = notices;
        this.matching = matching;
        this.rules = rules;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.engine = engine;
        this.clock = clock;
        this.offerAnswerTime = offerAnswerTime;
    }

    public ApplicationView apply(long postId, String message) {
        CurrentUser me = currentUsers.require();
        JobPost post = lookup.lockPost(postId);
        post.requireTakingApplications(clock.instant());
        if (post.getEmployerId() == me.id()) {
            throw new BusinessException("error.job.ownPost");
        }
        if (applications.findByPostIdAndSeekerId(postId, me.id()).isPresent()) {
            throw new BusinessException("error.job.appliedTwice");
        }
        JobApplication a =
                applications.saveAndFlush(
                        new JobApplication(
                                postId,
                                me.id(),
                                Texts.required(message, 1000, "error.job.messageRequired"),
                                clock.instant()));
        notices.tell(
                post.getEmployerId(),
                Template.JOB_NEW_APPLICATION,
                Map.of("job", post.getTitle(), "seeker", me.displayName()),
                post,
                "job-application:" + a.getId());
        return view(a, post, null);
    }

    public ApplicationView withdraw(long applicationId) {
        CurrentUser me = currentUsers.require();
        JobApplication a = lookup.lockApplication(applicationId);
        if (a.getSeekerId() != me.id()) {
            throw new NotFoundException("error.job.applicationNotFound", applicationId);
        }
        a.withdraw(clock.instant());
        return view(a, lookup.post(a.getPostId()), null);
    }

    @Transactional(readOnly = true)
    public List<ApplicationView> myApplications() {
        CurrentUser me = currentUsers.require();
        return applications.findBySeekerIdOrderByCreatedAtDesc(me.id()).stream()
                .map(a -> view(a, lookup.post(a.getPostId()), null))
                .toList();
    }

    /** The applicants of my post, best match first. */
    @Transactional(readOnly = true)
    public List<ApplicationView> applicants(long postId) {
        CurrentUser me = currentUsers.require();
        JobPost post = lookup.employersPost(postId, me);
        return applications.findByPostIdOrderByCreatedAt(postId).stream()
                .map(a -> view(a, post, matching.bestMatch(post, a.getSeekerId())))
                .sorted(Comparator.comparingInt((ApplicationView v) -> -v.match().score()))
                .toList();
    }

    public ApplicationView shortlist(long applicationId) {
        return employerActs(applicationId, (a, post) -> a.shortlist(clock.instant()));
    }

    /** Rejects an applicant; the seeker is told. */
    public ApplicationView reject(long applicationId) {
        return employerActs(
                applicationId,
                (a, post) -> {
                    a.reject(clock.instant());
                    notices.notRetained(a, post);
                });
    }

    /**
     * Offers the job to an applicant; the offer waits for their answer for the offer time. Refused
     * when accepted people and open offers already take every position.
     */
    public ApplicationView offer(long applicationId) {
        return employerActs(
                applicationId,
                (a, post) -> {
                    Instant now = clock.instant();
                    // Counted before this offer, which the query would otherwise see flushed.
                    int taken =
                            applications.countByPostIdAndStateIn(post.getId(), TAKEN_OR_OFFERED);
                    Instant expires = now.plus(offerAnswerTime).truncatedTo(ChronoUnit.SECONDS);
                    a.offer(expires, now);
                    post.requireHiring(now);
                    if (taken >= post.getPositions()) {
                        throw new BusinessException("error.job.positionsFilled");
                    }
                    engine.start(
                            OFFER_PROCESS_ID,
                            OFFER_BUSINESS_KEY_PREFIX + a.getId(),
                            Map.of(
                                    "applicationId",
                                    a.getId(),
                                    "postId",
                                    post.getId(),
                                    "coopId",
                                    post.getCoopId(),
                                    "seeker",
                                    directory.username(a.getSeekerId()),
                                    "offerExpiresAt",
                                    expires.toString(),
                                    "reminderLead",
                                    offerReminderLead(post).toString()));
                });
    }

    /**
     * The seeker's answer to an offer (the offer task's form). Refused once the offer has expired.
     */
    public void answerOffer(long applicationId, boolean accept) {
        CurrentUser me = currentUsers.require();
        JobApplication a = lookup.lockApplication(applicationId);
        if (a.getSeekerId() != me.id()) {
            throw new NotFoundException("error.job.applicationNotFound", applicationId);
        }
        Instant now = clock.instant();
        if (!accept) {
            a.decline(now);
            return;
        }
        JobPost post = lookup.lockPost(a.getPostId());
        // Counted before this acceptance, which the query would otherwise see flushed.
        int taken = lookup.accepted(post.getId());
        a.accept(now);
        if (!now.isBefore(post.workStarts())) {
            throw new BusinessException("error.job.offerExpired");
        }
        if (taken >= post.getPositions()) {
            throw new BusinessException("error.job.positionsFilled");
        }
    }

    /**
     * After the work: the employer or the worker says whether it took place and, if it did, rates
     * the other side (1-5 stars, a comment). Once per side; not before the work's last day has
     * ended.
     */
    public void confirmWork(long applicationId, boolean happened, Integer stars, String comment) {
        CurrentUser me = currentUsers.require();
        JobApplication a = lookup.lockApplication(applicationId);
        JobPost post = lookup.post(a.getPostId());
        boolean employer = post.getEmployerId() == me.id();
        if (!employer && a.getSeekerId() != me.id()) {
            throw new NotFoundException("error.job.applicationNotFound", applicationId);
        }
        a.confirmWork(employer, happened);
        if (clock.instant().isBefore(post.workEnds())) {
            throw new BusinessException("error.job.ratingTooEarly");
        }
        if (ratings.existsByApplicationIdAndRaterId(applicationId, me.id())) {
            throw new BusinessException("error.job.ratedTwice");
        }
        if (happened) {
            if (stars == null || stars < 1 || stars > 5) {
                throw new InvalidInputException("error.job.stars");
            }
            String text = comment == null || comment.isBlank() ? null : comment.trim();
            if (text != null && text.length() > 1000) {
                throw new InvalidInputException("error.text.tooLong", 1000);
            }
            ratings.saveAndFlush(
                    new JobRating(
                            applicationId,
                            me.id(),
                            employer ? a.getSeekerId() : post.getEmployerId(),
                            stars,
                            text,
                            clock.instant()));
        }
    }

    /** The co-op's leader settles a dispute (one side says the work did not take place). */
    public void resolveDispute(long applicationId, String resolution) {
        CurrentUser me = currentUsers.require();
        JobApplication a = lookup.lockApplication(applicationId);
        JobPost post = lookup.post(a.getPostId());
        if (!me.isLeaderOf(post.getCoopId())) {
            throw new AccessDeniedException("error.job.leaderOnly");
        }
        a.resolved(Texts.required(resolution, 1000, "error.job.resolutionRequired"));
    }

    /**
     * The seeker is reminded the rules' reminder lead before the offer expires, but never before
     * half the (configured) answer time has passed.
     */
    private Duration offerReminderLead(JobPost post) {
        Duration lead = rules.version(post.getCoopId(), post.getRulesVersion()).reminderLead();
        Duration half = offerAnswerTime.dividedBy(2);
        return lead.compareTo(half) > 0 ? half : lead;
    }

    private ApplicationView employerActs(
            long applicationId, BiConsumer<JobApplication, JobPost> act) {
        CurrentUser me = currentUsers.require();
        JobApplication a = lookup.lockApplication(applicationId);
        JobPost post = lookup.lockPost(a.getPostId());
        if (post.getEmployerId() != me.id()) {
            throw new AccessDeniedException("error.job.employerOnly");
        }
        act.accept(a, post);
        return view(a, post, null);
    }

    private ApplicationView view(JobApplication a, JobPost post, MatchScore match) {
        MemberDirectory.Person seeker = directory.person(a.getSeekerId());
        return new ApplicationView(
                a.getId(),
                post.getId(),
                post.getTitle(),
                seeker.username(),
                seeker.displayName(),
                a.getMessage(),
                a.getState(),
                a.getOfferExpiresAt(),
                lookup.rating(seeker.id()),
                match,
                a.getCreatedAt());
    }
}
