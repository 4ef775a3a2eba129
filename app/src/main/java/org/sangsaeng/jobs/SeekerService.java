package org.sangsaeng.jobs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sangsaeng.jobs.domain.JobRatings;
import org.sangsaeng.jobs.domain.SeekerEntries;
import org.sangsaeng.jobs.domain.SeekerEntry;
import org.sangsaeng.jobs.domain.SeekerProfile;
import org.sangsaeng.jobs.domain.SeekerProfiles;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.shared.Tags;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People looking for work: their profiles and ratings, their "looking for work" entries, and the
 * matches between seekers and published jobs, best first with the score's reasons.
 */
@Service
@Transactional
public class SeekerService {

    private final SeekerProfiles profiles;
    private final SeekerEntries entries;
    private final JobRatings ratings;
    private final JobLookup lookup;
    private final Matching matching;
    private final JobPostService posts;
    private final CurrentUsers currentUsers;
    private final MemberDirectory directory;
    private final Clock clock;

    SeekerService(
            SeekerProfiles profiles,
            SeekerEntries entries,
            JobRatings ratings,
            JobLookup lookup,
            Matching matching,
            JobPostService posts,
            CurrentUsers currentUsers,
            MemberDirectory directory,
            Clock clock) {
        this.profiles = profiles;
        this.entries = entries;
        this.ratings = ratings;
        this.lookup = lookup;
        this.matching = matching;
        this.posts = posts;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.clock = clock;
    }

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
                p == null ? Set.of() : Matching.businessTypes(p.getBusinessTypes()),
                p == null ? List.of() : List.copyOf(Tags.parse(p.getAreas())),
                p == null ? Set.of() : Matching.weekdays(p.getWeekdays()),
                lookup.rating(userId),
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
                Matching.join(form.businessTypes()),
                Tags.join(Tags.parse(form.areas())),
                Matching.join(form.weekdays()),
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
                                Matching.join(form.businessTypes()),
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
        List<MatchScore.Seeker> sides = matching.sidesOf(me.id());
        if (sides.isEmpty()) {
            return List.of();
        }
        List<JobMatch> matches = new ArrayList<>();
        for (JobPostView post : posts.board(JobFilter.none())) {
            if (post.mine()) {
                continue;
            }
            MatchScore best = Matching.best(Matching.job(post), sides);
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
        MatchScore.Job job = Matching.job(lookup.employersPost(postId, me));
        List<SeekerMatch> matches = new ArrayList<>();
        for (SeekerProfile p : profiles.findAll()) {
            if (p.getUserId() != me.id()) {
                add(matches, p.getUserId(), null, MatchScore.of(job, Matching.seeker(p)));
            }
        }
        for (SeekerEntry e :
                entries.findByActiveTrueAndAvailableToGreaterThanEqualOrderByCreatedAtDesc(
                        today())) {
            if (e.getUserId() != me.id()) {
                add(matches, e.getUserId(), e.getTitle(), MatchScore.of(job, Matching.seeker(e)));
            }
        }
        matches.sort(Comparator.comparingInt((SeekerMatch m) -> -m.match().score()));
        return matches;
    }

    private SeekerEntryView view(SeekerEntry e) {
        MemberDirectory.Person seeker = directory.person(e.getUserId());
        return new SeekerEntryView(
                e.getId(),
                seeker.username(),
                seeker.displayName(),
                e.getTitle(),
                List.copyOf(Tags.parse(e.getSkills())),
                Matching.businessTypes(e.getBusinessTypes()),
                List.copyOf(Tags.parse(e.getAreas())),
                e.getAvailableFrom(),
                e.getAvailableTo(),
                e.getNote(),
                e.isActive(),
                lookup.rating(e.getUserId()));
    }

    private void add(List<SeekerMatch> matches, long userId, String entryTitle, MatchScore score) {
        if (score.score() > 0) {
            MemberDirectory.Person seeker = directory.person(userId);
            matches.add(
                    new SeekerMatch(
                            seeker.username(),
                            seeker.displayName(),
                            entryTitle,
                            lookup.rating(userId),
                            score));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(MarketTime.ZONE));
    }
}
