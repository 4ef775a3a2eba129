package org.sangsaeng.jobs;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.engine.ProcessEngine;
import org.sangsaeng.governance.CoopRulesService;
import org.sangsaeng.governance.JobPostReview;
import org.sangsaeng.governance.RulesVersion;
import org.sangsaeng.jobs.domain.JobApplication;
import org.sangsaeng.jobs.domain.JobApplications;
import org.sangsaeng.jobs.domain.JobPost;
import org.sangsaeng.jobs.domain.JobPosts;
import org.sangsaeng.jobs.domain.JobRating;
import org.sangsaeng.jobs.domain.JobRatings;
import org.sangsaeng.jobs.domain.SeekerEntries;
import org.sangsaeng.jobs.domain.SeekerEntry;
import org.sangsaeng.jobs.domain.SeekerProfile;
import org.sangsaeng.jobs.domain.SeekerProfiles;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.membership.Role;
import org.sangsaeng.notifications.Notice;
import org.sangsaeng.notifications.NotificationService;
import org.sangsaeng.notifications.Template;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.shared.Tags;
import org.sangsaeng.shared.Texts;
import org.sangsaeng.shared.Won;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Job posts, seekers, applications, offers and ratings. Published posts are visible to every
 * signed-in person; a post's applicants only to its employer; each person acts only on their own.
 */
@Service
@Transactional
public class JobService {

    public static final String PROCESS_ID = "job-matching";
    public static final String OFFER_PROCESS_ID = "job-offer";
    static final String BUSINESS_KEY_PREFIX = "job-post-";
    static final String OFFER_BUSINESS_KEY_PREFIX = "job-offer-";
    public static final String FILLED_MESSAGE = "job-post-filled";
    public static final String CLOSED_MESSAGE = "job-post-closed";
    private static final Set<ApplicationState> TAKEN = EnumSet.of(ApplicationState.ACCEPTED);
    private static final Set<ApplicationState> TAKEN_OR_OFFERED =
            EnumSet.of(ApplicationState.ACCEPTED, ApplicationState.OFFERED);

    private final JobPosts posts;
    private final JobApplications applications;
    private final JobRatings ratings;
    private final SeekerProfiles profiles;
    private final SeekerEntries entries;
    private final CoopService coops;
    private final CoopRulesService rules;
    private final CurrentUsers currentUsers;
    private final MemberDirectory directory;
    private final ProcessEngine engine;
    private final NotificationService notifications;
    private final Clock clock;
    private final long minimumHourlyWage;
    private final Duration offerAnswerTime;

    JobService(
            JobPosts posts,
            JobApplications applications,
            JobRatings ratings,
            SeekerProfiles profiles,
            SeekerEntries entries,
            CoopService coops,
            CoopRulesService rules,
            CurrentUsers currentUsers,
            MemberDirectory directory,
            ProcessEngine engine,
            NotificationService notifications,
            Clock clock,
            @Value("${sangsaeng.jobs.minimum-hourly-wage:10320}") long minimumHourlyWage,
            @Value("${sangsaeng.jobs.offer-answer-time:PT48H}") Duration offerAnswerTime) {
        this.posts = posts;
        this.applications = applications;
        this.ratings = ratings;
        this.profiles = profiles;
        this.entries = entries;
        this.coops = coops;
        this.rules = rules;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.engine = engine;
        this.notifications = notifications;
        this.clock = clock;
        this.minimumHourlyWage = minimumHourlyWage;
        this.offerAnswerTime = offerAnswerTime;
    }

    // ----- posts -----

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
        describe(post, form);
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
        variables.put("reviewDue", decisionDue(post).toString());
        post.startedAs(engine.start(PROCESS_ID, BUSINESS_KEY_PREFIX + post.getId(), variables));
        return view(post, me);
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
        return views(open, me);
    }

    @Transactional(readOnly = true)
    public JobPostView get(long postId) {
        CurrentUser me = currentUsers.require();
        return view(visible(postId, me), me);
    }

    @Transactional(readOnly = true)
    public List<JobPostView> myPosts() {
        CurrentUser me = currentUsers.require();
        return views(posts.findByEmployerIdOrderByIdDesc(me.id()), me);
    }

    /**
     * The reviewer's decision (the review task's form): approve, ask for changes with a comment, or
     * reject with a reason.
     */
    public void review(long postId, String decision, String comment) {
        CurrentUser me = currentUsers.require();
        JobPost post = lockPost(postId);
        boolean reviewer =
                post.getReviewer() == JobPostReview.FOUNDATION
                        ? me.has(Role.FOUNDATION)
                        : me.isLeaderOf(post.getCoopId());
        if (!reviewer) {
            throw new AccessDeniedException("error.job.reviewerOnly");
        }
        if (post.getEmployerId() == me.id()) {
            throw new AccessDeniedException("error.job.ownReview");
        }
        if (post.getState() != JobState.IN_REVIEW) {
            throw new BusinessException("error.job.notInReview");
        }
        switch (decision == null ? "" : decision) {
            case "APPROVE" -> post.moveTo(JobState.IN_REVIEW, null);
            case "CHANGES" ->
                    post.moveTo(
                            JobState.CHANGES_REQUESTED,
                            Texts.required(comment, 1000, "error.job.commentRequired"));
            case "REJECT" ->
                    post.moveTo(
                            JobState.REJECTED,
                            Texts.required(comment, 1000, "error.job.reasonRequired"));
            default -> throw new InvalidInputException("error.job.decisionRequired");
        }
    }

    /**
     * The employer revises the post after the reviewer asked for changes; returns the new schedule
     * for the process.
     */
    public Map<String, Object> revise(long postId, JobPostForm form) {
        CurrentUser me = currentUsers.require();
        JobPost post = employersPost(postId, me);
        if (post.getState() != JobState.CHANGES_REQUESTED) {
            throw new BusinessException("error.job.notInReview");
        }
        if (form == null || form.coopId() != post.getCoopId()) {
            throw new InvalidInputException("error.job.coopFixed");
        }
        describe(post, form);
        post.moveTo(JobState.IN_REVIEW, post.getReviewComment());
        Map<String, Object> variables = new HashMap<>(schedule(post));
        variables.put("reviewDue", decisionDue(post).toString());
        return variables;
    }

    /**
     * When a person's next step on the post (a review, a revision, the unfilled decision,
     * confirming the work, settling a dispute) is due: the post's rules' decision time from now.
     */
    @Transactional(readOnly = true)
    public Instant decisionDue(long postId) {
        return decisionDue(
                posts.findById(postId)
                        .orElseThrow(() -> new NotFoundException("error.job.notFound", postId)));
    }

    private Instant decisionDue(JobPost post) {
        return rules.decisionDue(post.getCoopId(), post.getRulesVersion());
    }

    /** The employer closes the post before its deadline (no more applications). */
    public JobPostView closeEarly(long postId) {
        CurrentUser me = currentUsers.require();
        JobPost post = employersPost(postId, me);
        if (post.getState() != JobState.PUBLISHED) {
            throw new BusinessException("error.job.closed");
        }
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
        return view(post, me);
    }

    /** Checks the employer's choice at the deadline (the form of the unfilled-post task). */
    public Instant checkExtension(long postId, Instant newDeadline) {
        CurrentUser me = currentUsers.require();
        JobPost post = employersPost(postId, me);
        if (post.isDeadlineExtended()) {
            throw new BusinessException("error.job.extendedOnce");
        }
        if (newDeadline == null || !newDeadline.isAfter(clock.instant())) {
            throw new InvalidInputException("error.job.deadlinePast");
        }
        if (newDeadline.isAfter(workStarts(post))) {
            throw new InvalidInputException("error.job.deadlineAfterStart");
        }
        return newDeadline.truncatedTo(ChronoUnit.SECONDS);
    }

    // ----- applications -----

    public ApplicationView apply(long postId, String message) {
        CurrentUser me = currentUsers.require();
        JobPost post = lockPost(postId);
        if (post.getState() != JobState.PUBLISHED
                || !clock.instant().isBefore(post.getApplicationDeadline())) {
            throw new BusinessException("error.job.closed");
        }
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
        notifications.send(
                new Notice(
                        post.getEmployerId(),
                        Template.JOB_NEW_APPLICATION,
                        Map.of("job", post.getTitle(), "seeker", me.displayName()),
                        "jobs/" + postId,
                        post.getCoopId(),
                        false,
                        "job-application:" + a.getId()));
        return view(a, post, null);
    }

    public ApplicationView withdraw(long applicationId) {
        CurrentUser me = currentUsers.require();
        JobApplication a = lockApplication(applicationId);
        if (a.getSeekerId() != me.id()) {
            throw new NotFoundException("error.job.applicationNotFound", applicationId);
        }
        if (!a.getState().pending()) {
            throw new BusinessException("error.job.notPending");
        }
        a.moveTo(ApplicationState.WITHDRAWN, clock.instant());
        return view(a, posts.findById(a.getPostId()).orElseThrow(), null);
    }

    @Transactional(readOnly = true)
    public List<ApplicationView> myApplications() {
        CurrentUser me = currentUsers.require();
        return applications.findBySeekerIdOrderByCreatedAtDesc(me.id()).stream()
                .map(a -> view(a, posts.findById(a.getPostId()).orElseThrow(), null))
                .toList();
    }

    /** The applicants of my post, best match first. */
    @Transactional(readOnly = true)
    public List<ApplicationView> applicants(long postId) {
        CurrentUser me = currentUsers.require();
        JobPost post = employersPost(postId, me);
        return applications.findByPostIdOrderByCreatedAt(postId).stream()
                .map(a -> view(a, post, bestMatch(post, a.getSeekerId())))
                .sorted(Comparator.comparingInt((ApplicationView v) -> -v.match().score()))
                .toList();
    }

    public ApplicationView shortlist(long applicationId) {
        return employerActs(
                applicationId,
                (a, post) -> {
                    if (a.getState() != ApplicationState.APPLIED) {
                        throw new BusinessException("error.job.notPending");
                    }
                    a.moveTo(ApplicationState.SHORTLISTED, clock.instant());
                });
    }

    /** Rejects an applicant; the seeker is told (by {@link JobSteps}). */
    public ApplicationView reject(long applicationId) {
        return employerActs(
                applicationId,
                (a, post) -> {
                    if (!a.getState().pending()) {
                        throw new BusinessException("error.job.notPending");
                    }
                    a.moveTo(ApplicationState.REJECTED, clock.instant());
                    tellNotRetained(a, post);
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
                    if (!a.getState().pending()) {
                        throw new BusinessException("error.job.notPending");
                    }
                    if (post.getState() != JobState.PUBLISHED && post.getState() != JobState.CLOSED
                            || !clock.instant().isBefore(workStarts(post))) {
                        throw new BusinessException("error.job.closed");
                    }
                    if (applications.countByPostIdAndStateIn(post.getId(), TAKEN_OR_OFFERED)
                            >= post.getPositions()) {
                        throw new BusinessException("error.job.positionsFilled");
                    }
                    Instant expires =
                            clock.instant().plus(offerAnswerTime).truncatedTo(ChronoUnit.SECONDS);
                    a.offered(expires, clock.instant());
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
        JobApplication a = lockApplication(applicationId);
        if (a.getSeekerId() != me.id()) {
            throw new NotFoundException("error.job.applicationNotFound", applicationId);
        }
        if (a.getState() == ApplicationState.EXPIRED
                || a.getState() == ApplicationState.OFFERED
                        && !clock.instant().isBefore(a.getOfferExpiresAt())) {
            throw new BusinessException("error.job.offerExpired");
        }
        if (a.getState() != ApplicationState.OFFERED) {
            throw new BusinessException("error.job.noOffer");
        }
        if (accept) {
            JobPost post = lockPost(a.getPostId());
            if (!clock.instant().isBefore(workStarts(post))) {
                throw new BusinessException("error.job.offerExpired");
            }
            if (applications.countByPostIdAndStateIn(post.getId(), TAKEN) >= post.getPositions()) {
                throw new BusinessException("error.job.positionsFilled");
            }
        }
        a.moveTo(accept ? ApplicationState.ACCEPTED : ApplicationState.DECLINED, clock.instant());
    }

    /**
     * After the work: the employer or the worker says whether it took place and, if it did, rates
     * the other side (1-5 stars, a comment). Once per side; not before the work's last day has
     * ended.
     */
    public void confirmWork(long applicationId, boolean happened, Integer stars, String comment) {
        CurrentUser me = currentUsers.require();
        JobApplication a = lockApplication(applicationId);
        JobPost post = posts.findById(a.getPostId()).orElseThrow();
        boolean employer = post.getEmployerId() == me.id();
        if (!employer && a.getSeekerId() != me.id() || a.getState() != ApplicationState.ACCEPTED) {
            throw new NotFoundException("error.job.applicationNotFound", applicationId);
        }
        if (clock.instant().isBefore(workEnds(post))) {
            throw new BusinessException("error.job.ratingTooEarly");
        }
        if ((employer ? a.getEmployerConfirmed() : a.getWorkerConfirmed()) != null
                || ratings.existsByApplicationIdAndRaterId(applicationId, me.id())) {
            throw new BusinessException("error.job.ratedTwice");
        }
        a.confirmedBy(employer, happened);
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
        JobApplication a = lockApplication(applicationId);
        JobPost post = posts.findById(a.getPostId()).orElseThrow();
        if (!me.isLeaderOf(post.getCoopId())) {
            throw new AccessDeniedException("error.job.leaderOnly");
        }
        a.resolved(Texts.required(resolution, 1000, "error.job.resolutionRequired"));
    }

    // ----- seekers -----

    @Transactional(readOnly = true)
    public SeekerProfileView profile(String username) {
        currentUsers.require();
        long userId =
                directory
                        .userIdOf(username)
                        .orElseThrow(
                                () -> new NotFoundException("error.job.seekerNotFound", username));
        SeekerProfile p = profiles.findById(userId).orElse(null);
        return new SeekerProfileView(
                username,
                directory.displayNames(List.of(userId)).get(userId),
                p == null ? "" : p.getIntro(),
                p == null ? List.of() : List.copyOf(Tags.parse(p.getSkills())),
                p == null ? Set.of() : businessTypes(p.getBusinessTypes()),
                p == null ? List.of() : List.copyOf(Tags.parse(p.getAreas())),
                p == null ? Set.of() : weekdays(p.getWeekdays()),
                rating(userId),
                ratings.findTop10ByRateeIdOrderByCreatedAtDesc(userId).stream()
                        .map(
                                r ->
                                        new SeekerProfileView.RatingView(
                                                r.getStars(), r.getComment(), r.getCreatedAt()))
                        .toList());
    }

    public SeekerProfileView updateMyProfile(SeekerProfileForm form) {
        CurrentUser me = currentUsers.require();
        if (form == null) {
            throw new InvalidInputException("error.tags");
        }
        String intro = form.intro() == null ? "" : form.intro().trim();
        if (intro.length() > 1000) {
            throw new InvalidInputException("error.text.tooLong", 1000);
        }
        SeekerProfile p = profiles.findById(me.id()).orElseGet(() -> new SeekerProfile(me.id()));
        p.update(
                intro,
                Tags.join(Tags.parse(form.skills())),
                joinTypes(form.businessTypes()),
                Tags.join(Tags.parse(form.areas())),
                form.weekdays() == null
                        ? ""
                        : form.weekdays().stream()
                                .sorted()
                                .map(DayOfWeek::name)
                                .collect(Collectors.joining(",")),
                clock.instant());
        profiles.saveAndFlush(p);
        return profile(me.username());
    }

    public SeekerEntryView addEntry(SeekerEntryForm form) {
        CurrentUser me = currentUsers.require();
        if (form == null) {
            throw new InvalidInputException("error.job.title");
        }
        String title = form.title() == null ? "" : form.title().trim();
        if (title.isEmpty() || title.length() > 200) {
            throw new InvalidInputException("error.job.title");
        }
        if (form.availableFrom() == null
                || form.availableTo() == null
                || form.availableTo().isBefore(form.availableFrom())) {
            throw new InvalidInputException("error.job.endBeforeStart");
        }
        String note = form.note() == null || form.note().isBlank() ? null : form.note().trim();
        if (note != null && note.length() > 1000) {
            throw new InvalidInputException("error.text.tooLong", 1000);
        }
        SeekerEntry e =
                entries.saveAndFlush(
                        new SeekerEntry(
                                me.id(),
                                title,
                                Tags.join(Tags.parse(form.skills())),
                                joinTypes(form.businessTypes()),
                                Tags.join(Tags.parse(form.areas())),
                                form.availableFrom(),
                                form.availableTo(),
                                note,
                                clock.instant()));
        return view(e);
    }

    public void closeEntry(long entryId) {
        CurrentUser me = currentUsers.require();
        SeekerEntry e =
                entries.findById(entryId)
                        .filter(x -> x.getUserId() == me.id())
                        .orElseThrow(
                                () -> new NotFoundException("error.job.entryNotFound", entryId));
        e.close();
    }

    /** "Looking for work" entries still current, newest first. */
    @Transactional(readOnly = true)
    public List<SeekerEntryView> entries() {
        currentUsers.require();
        return entries
                .findByActiveTrueAndAvailableToGreaterThanEqualOrderByCreatedAtDesc(today())
                .stream()
                .map(this::view)
                .toList();
    }

    /** Published jobs that fit the signed-in seeker, best first, with reasons. */
    @Transactional(readOnly = true)
    public List<JobMatch> suggestedJobs() {
        CurrentUser me = currentUsers.require();
        List<MatchScore.Seeker> sides = seekerSides(me.id());
        if (sides.isEmpty()) {
            return List.of();
        }
        List<JobMatch> matches = new ArrayList<>();
        for (JobPostView post : board(JobFilter.none())) {
            if (post.mine()) {
                continue;
            }
            MatchScore best =
                    sides.stream()
                            .map(s -> MatchScore.of(jobSide(post), s))
                            .max(Comparator.comparingInt(MatchScore::score))
                            .orElseThrow();
            if (best.score() > 0) {
                matches.add(new JobMatch(post, best));
            }
        }
        matches.sort(Comparator.comparingInt((JobMatch m) -> -m.match().score()));
        return matches;
    }

    /** Seekers (profiles and current entries) that fit my post, best first, with reasons. */
    @Transactional(readOnly = true)
    public List<SeekerMatch> suggestedSeekers(long postId) {
        CurrentUser me = currentUsers.require();
        JobPost post = employersPost(postId, me);
        MatchScore.Job job = jobSide(post);
        List<SeekerMatch> matches = new ArrayList<>();
        for (SeekerProfile p : profiles.findAll()) {
            if (p.getUserId() != me.id()) {
                add(matches, p.getUserId(), null, MatchScore.of(job, side(p)));
            }
        }
        for (SeekerEntry e :
                entries.findByActiveTrueAndAvailableToGreaterThanEqualOrderByCreatedAtDesc(
                        today())) {
            if (e.getUserId() != me.id()) {
                add(matches, e.getUserId(), e.getTitle(), MatchScore.of(job, side(e)));
            }
        }
        matches.sort(Comparator.comparingInt((SeekerMatch m) -> -m.match().score()));
        return matches;
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

    // ----- for the steps of the processes -----

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

    /** The seeker is told they were not chosen (rejected, or the post closed without them). */
    void tellNotRetained(JobApplication a, JobPost post) {
        notifications.send(
                new Notice(
                        a.getSeekerId(),
                        Template.JOB_APPLICATION_REJECTED,
                        Map.of("job", post.getTitle()),
                        "jobs/" + post.getId(),
                        post.getCoopId(),
                        false,
                        "job-not-retained:" + a.getId()));
    }

    int accepted(long postId) {
        return applications.countByPostIdAndStateIn(postId, TAKEN);
    }

    List<JobApplication> applicationsIn(long postId, Set<ApplicationState> states) {
        return applications.findByPostIdAndStateIn(postId, states);
    }

    static Instant workStarts(JobPost post) {
        return post.getStartDate().atTime(post.getDailyStart()).atZone(MarketTime.ZONE).toInstant();
    }

    static Instant workEnds(JobPost post) {
        return post.getEndDate().atTime(post.getDailyEnd()).atZone(MarketTime.ZONE).toInstant();
    }

    // ----- helpers -----

    private Map<String, Object> schedule(JobPost post) {
        return Map.of(
                "applicationDeadline",
                post.getApplicationDeadline().toString(),
                "workEndsAt",
                workEnds(post).toString());
    }

    private void describe(JobPost post, JobPostForm form) {
        String title = form.title() == null ? "" : form.title().trim();
        if (title.isEmpty() || title.length() > 200) {
            throw new InvalidInputException("error.job.title");
        }
        if (form.businessType() == null) {
            throw new InvalidInputException("error.job.businessType");
        }
        String tasks = Texts.required(form.tasks(), 2000, "error.job.tasks");
        Set<String> skills = Tags.parse(form.skills());
        String place = Texts.required(form.place(), 200, "error.job.place");
        String area = Texts.required(form.area(), 100, "error.job.place");
        if (form.startDate() == null || form.endDate() == null) {
            throw new InvalidInputException("error.job.dates");
        }
        if (form.endDate().isBefore(form.startDate())) {
            throw new InvalidInputException("error.job.endBeforeStart");
        }
        if (form.startDate().isBefore(today())) {
            throw new InvalidInputException("error.job.startPast");
        }
        if (form.dailyStart() == null
                || form.dailyEnd() == null
                || !form.dailyEnd().isAfter(form.dailyStart())) {
            throw new InvalidInputException("error.job.hours");
        }
        if (form.positions() < 1 || form.positions() > 100) {
            throw new InvalidInputException("error.job.positions");
        }
        if (form.payUnit() == null || form.payWon() <= 0) {
            throw new InvalidInputException("error.job.pay");
        }
        Won.of(form.payWon());
        long minutes = Duration.between(form.dailyStart(), form.dailyEnd()).toMinutes();
        long minimum =
                form.payUnit() == PayUnit.HOUR
                        ? minimumHourlyWage
                        : (minimumHourlyWage * minutes + 59) / 60;
        if (form.payWon() < minimum) {
            throw new InvalidInputException(
                    "error.job.belowMinimumWage",
                    String.format("%,d원", minimum),
                    String.format("%,d원", minimumHourlyWage));
        }
        Instant deadline = form.applicationDeadline();
        if (deadline == null || !deadline.isAfter(clock.instant())) {
            throw new InvalidInputException("error.job.deadlinePast");
        }
        Instant starts =
                form.startDate().atTime(form.dailyStart()).atZone(MarketTime.ZONE).toInstant();
        if (deadline.isAfter(starts)) {
            throw new InvalidInputException("error.job.deadlineAfterStart");
        }
        post.describe(
                title,
                form.businessType(),
                tasks,
                Tags.join(skills),
                place,
                area,
                form.startDate(),
                form.endDate(),
                form.dailyStart(),
                form.dailyEnd(),
                form.positions(),
                form.payUnit(),
                form.payWon(),
                deadline.truncatedTo(ChronoUnit.SECONDS));
    }

    private ApplicationView employerActs(
            long applicationId, java.util.function.BiConsumer<JobApplication, JobPost> act) {
        CurrentUser me = currentUsers.require();
        JobApplication a = lockApplication(applicationId);
        JobPost post = lockPost(a.getPostId());
        if (post.getEmployerId() != me.id()) {
            throw new AccessDeniedException("error.job.employerOnly");
        }
        act.accept(a, post);
        return view(a, post, null);
    }

    private JobPost employersPost(long postId, CurrentUser me) {
        JobPost post =
                posts.findById(postId)
                        .orElseThrow(() -> new NotFoundException("error.job.notFound", postId));
        if (post.getEmployerId() != me.id()) {
            throw new AccessDeniedException("error.job.employerOnly");
        }
        return post;
    }

    private JobPost visible(long postId, CurrentUser me) {
        JobPost post =
                posts.findById(postId)
                        .orElseThrow(() -> new NotFoundException("error.job.notFound", postId));
        boolean reviewer =
                post.getReviewer() == JobPostReview.FOUNDATION
                        ? me.has(Role.FOUNDATION)
                        : me.isLeaderOf(post.getCoopId());
        boolean applied = applications.findByPostIdAndSeekerId(postId, me.id()).isPresent();
        if (post.getState() == JobState.PUBLISHED
                || post.getState() == JobState.CLOSED
                || post.getState() == JobState.DONE
                || post.getEmployerId() == me.id()
                || reviewer
                || applied
                || me.has(Role.FOUNDATION)
                || me.has(Role.ADMIN)) {
            return post;
        }
        throw new NotFoundException("error.job.notFound", postId);
    }

    private JobPostView view(JobPost p, CurrentUser me) {
        return views(List.of(p), me).getFirst();
    }

    /**
     * Views of many posts with a fixed number of queries: names, hires, my applications and ratings
     * in one each.
     */
    private List<JobPostView> views(List<JobPost> list, CurrentUser me) {
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
        Map<Long, Rating> employerRatings = ratings(employers);
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
                rating(seeker.id()),
                match,
                a.getCreatedAt());
    }

    private SeekerEntryView view(SeekerEntry e) {
        MemberDirectory.Person seeker = directory.person(e.getUserId());
        return new SeekerEntryView(
                e.getId(),
                seeker.username(),
                seeker.displayName(),
                e.getTitle(),
                List.copyOf(Tags.parse(e.getSkills())),
                businessTypes(e.getBusinessTypes()),
                List.copyOf(Tags.parse(e.getAreas())),
                e.getAvailableFrom(),
                e.getAvailableTo(),
                e.getNote(),
                e.isActive(),
                rating(e.getUserId()));
    }

    private Rating rating(long userId) {
        return ratings(List.of(userId)).get(userId);
    }

    /** Ratings of people in one query; someone not rated yet has none (null average, count 0). */
    private Map<Long, Rating> ratings(Collection<Long> userIds) {
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

    private MatchScore bestMatch(JobPost post, long seekerId) {
        return seekerSides(seekerId).stream()
                .map(s -> MatchScore.of(jobSide(post), s))
                .max(Comparator.comparingInt(MatchScore::score))
                .orElse(new MatchScore(0, List.of()));
    }

    private List<MatchScore.Seeker> seekerSides(long userId) {
        List<MatchScore.Seeker> sides = new ArrayList<>();
        profiles.findById(userId).ifPresent(p -> sides.add(side(p)));
        entries.findByUserIdOrderByCreatedAtDesc(userId).stream()
                .filter(SeekerEntry::isActive)
                .forEach(e -> sides.add(side(e)));
        return sides;
    }

    private void add(List<SeekerMatch> matches, long userId, String entryTitle, MatchScore score) {
        if (score.score() > 0) {
            MemberDirectory.Person seeker = directory.person(userId);
            matches.add(
                    new SeekerMatch(
                            seeker.username(),
                            seeker.displayName(),
                            entryTitle,
                            rating(userId),
                            score));
        }
    }

    private static MatchScore.Job jobSide(JobPost p) {
        return new MatchScore.Job(
                Tags.parse(p.getSkills()),
                p.getBusinessType(),
                p.getArea(),
                p.getStartDate(),
                p.getEndDate());
    }

    private static MatchScore.Job jobSide(JobPostView p) {
        return new MatchScore.Job(
                Set.copyOf(p.skills()), p.businessType(), p.area(), p.startDate(), p.endDate());
    }

    private static MatchScore.Seeker side(SeekerProfile p) {
        return new MatchScore.Seeker(
                Tags.parse(p.getSkills()),
                businessTypes(p.getBusinessTypes()),
                Tags.parse(p.getAreas()),
                weekdays(p.getWeekdays()),
                null,
                null);
    }

    private static MatchScore.Seeker side(SeekerEntry e) {
        return new MatchScore.Seeker(
                Tags.parse(e.getSkills()),
                businessTypes(e.getBusinessTypes()),
                Tags.parse(e.getAreas()),
                Set.of(),
                e.getAvailableFrom(),
                e.getAvailableTo());
    }

    private static Set<BusinessType> businessTypes(String text) {
        return text == null || text.isBlank()
                ? Set.of()
                : Arrays.stream(text.split(","))
                        .map(BusinessType::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(BusinessType.class)));
    }

    private static Set<DayOfWeek> weekdays(String text) {
        return text == null || text.isBlank()
                ? Set.of()
                : Arrays.stream(text.split(","))
                        .map(DayOfWeek::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    private static String joinTypes(Set<BusinessType> types) {
        return types == null
                ? ""
                : types.stream().sorted().map(BusinessType::name).collect(Collectors.joining(","));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(MarketTime.ZONE));
    }
}
