package org.sangsaeng.jobs;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sangsaeng.jobs.domain.JobPost;
import org.sangsaeng.jobs.domain.SeekerEntries;
import org.sangsaeng.jobs.domain.SeekerEntry;
import org.sangsaeng.jobs.domain.SeekerProfile;
import org.sangsaeng.jobs.domain.SeekerProfiles;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.shared.Tags;
import org.springframework.stereotype.Component;

/**
 * The two sides {@link MatchScore} compares, read from posts, profiles and entries, and how a
 * seeker's stored preferences are written and read.
 */
@Component
class Matching {

    private final SeekerProfiles profiles;
    private final SeekerEntries entries;

    Matching(SeekerProfiles profiles, SeekerEntries entries) {
        this.profiles = profiles;
        this.entries = entries;
    }

    /** A person's sides as a seeker: their profile, if any, and their active entries. */
    List<MatchScore.Seeker> sidesOf(long userId) {
        List<MatchScore.Seeker> sides = new ArrayList<>();
        profiles.findById(userId).ifPresent(p -> sides.add(seeker(p)));
        entries.findByUserIdOrderByCreatedAtDesc(userId).stream()
                .filter(SeekerEntry::isActive)
                .forEach(e -> sides.add(seeker(e)));
        return sides;
    }

    /** How well the person fits the post, by their best side; zero without any. */
    MatchScore bestMatch(JobPost post, long seekerId) {
        return best(job(post), sidesOf(seekerId));
    }

    static MatchScore best(MatchScore.Job job, List<MatchScore.Seeker> sides) {
        return sides.stream()
                .map(s -> MatchScore.of(job, s))
                .max(Comparator.comparingInt(MatchScore::score))
                .orElse(new MatchScore(0, List.of()));
    }

    static MatchScore.Job job(JobPost p) {
        return new MatchScore.Job(
                Tags.parse(p.getSkills()),
                p.getBusinessType(),
                p.getArea(),
                p.getStartDate(),
                p.getEndDate());
    }

    static MatchScore.Job job(JobPostView p) {
        return new MatchScore.Job(
                Set.copyOf(p.skills()), p.businessType(), p.area(), p.startDate(), p.endDate());
    }

    static MatchScore.Seeker seeker(SeekerProfile p) {
        return new MatchScore.Seeker(
                Tags.parse(p.getSkills()),
                businessTypes(p.getBusinessTypes()),
                Tags.parse(p.getAreas()),
                weekdays(p.getWeekdays()),
                null,
                null);
    }

    static MatchScore.Seeker seeker(SeekerEntry e) {
        return new MatchScore.Seeker(
                Tags.parse(e.getSkills()),
                businessTypes(e.getBusinessTypes()),
                Tags.parse(e.getAreas()),
                Set.of(),
                e.getAvailableFrom(),
                e.getAvailableTo());
    }

    static Set<BusinessType> businessTypes(String text) {
        return names(text, BusinessType.class);
    }

    static Set<DayOfWeek> weekdays(String text) {
        return names(text, DayOfWeek.class);
    }

    /** Stored as sorted names joined by commas, e.g. {@code BAKERY,BUTCHER}; none as "". */
    static <E extends Enum<E>> String join(Set<E> values) {
        return values == null
                ? ""
                : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> names(String text, Class<E> type) {
        return text == null || text.isBlank()
                ? Set.of()
                : Arrays.stream(text.split(","))
                        .map(name -> Enum.valueOf(type, name))
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }
}
