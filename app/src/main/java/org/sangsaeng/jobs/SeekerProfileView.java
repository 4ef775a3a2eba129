package org.sangsaeng.jobs;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.sangsaeng.membership.BusinessType;

/** A seeker's profile with their ratings (average, count and the latest comments). */
public record SeekerProfileView(
        String username,
        String name,
        String intro,
        List<String> skills,
        Set<BusinessType> businessTypes,
        List<String> areas,
        Set<DayOfWeek> weekdays,
        Rating rating,
        List<RatingView> latestRatings) {

    public record RatingView(int stars, String comment, java.time.Instant at) {}
}
