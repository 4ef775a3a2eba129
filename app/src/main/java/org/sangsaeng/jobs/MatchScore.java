package org.sangsaeng.jobs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sangsaeng.membership.BusinessType;

/**
 * How well a seeker fits a job, out of 100, with the reasons a person can check: skills wanted that
 * the seeker has (50 points, in proportion), experience in the business type (20), the same area
 * (15), and availability on the job's dates (15).
 */
public record MatchScore(int score, List<Reason> reasons) {

    /**
     * One reason, as a message key and its arguments (the UI words it in the reader's language).
     */
    public record Reason(String key, List<String> args) {}

    /** What the score looks at on the job's side. */
    public record Job(
            Set<String> skills,
            BusinessType businessType,
            String area,
            LocalDate start,
            LocalDate end) {}

    /**
     * What the score looks at on the seeker's side: usual weekdays, or a date range they are free.
     */
    public record Seeker(
            Set<String> skills,
            Set<BusinessType> businessTypes,
            Set<String> areas,
            Set<DayOfWeek> weekdays,
            LocalDate availableFrom,
            LocalDate availableTo) {}

    public static MatchScore of(Job job, Seeker seeker) {
        List<Reason> reasons = new ArrayList<>();
        int score = 0;
        Set<String> common = new LinkedHashSet<>(job.skills());
        common.retainAll(seeker.skills());
        if (!job.skills().isEmpty() && !common.isEmpty()) {
            score += 50 * common.size() / job.skills().size();
            reasons.add(
                    new Reason(
                            "match.skills",
                            List.of(
                                    String.valueOf(common.size()),
                                    String.valueOf(job.skills().size()),
                                    String.join(", ", common))));
        }
        if (seeker.businessTypes().contains(job.businessType())) {
            score += 20;
            reasons.add(new Reason("match.businessType", List.of(job.businessType().name())));
        }
        if (job.area() != null
                && seeker.areas().contains(job.area().trim().toLowerCase(java.util.Locale.ROOT))) {
            score += 15;
            reasons.add(new Reason("match.area", List.of(job.area())));
        }
        if (available(job, seeker)) {
            score += 15;
            reasons.add(new Reason("match.available", List.of()));
        }
        return new MatchScore(score, List.copyOf(reasons));
    }

    private static boolean available(Job job, Seeker seeker) {
        if (seeker.availableFrom() != null && seeker.availableTo() != null) {
            return !seeker.availableFrom().isAfter(job.start())
                    && !seeker.availableTo().isBefore(job.end());
        }
        if (seeker.weekdays().isEmpty()) {
            return false;
        }
        Set<DayOfWeek> needed = EnumSet.noneOf(DayOfWeek.class);
        for (LocalDate d = job.start();
                !d.isAfter(job.end()) && needed.size() < 7;
                d = d.plusDays(1)) {
            needed.add(d.getDayOfWeek());
        }
        return seeker.weekdays().containsAll(needed);
    }
}
