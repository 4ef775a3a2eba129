package org.sangsaeng.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.sangsaeng.membership.BusinessType;

/**
 * A job post as people see it, with the employer's rating and the reader's own application if any.
 */
public record JobPostView(
        long id,
        long coopId,
        String employer,
        String employerName,
        String title,
        BusinessType businessType,
        String tasks,
        List<String> skills,
        String place,
        String area,
        LocalDate startDate,
        LocalDate endDate,
        LocalTime dailyStart,
        LocalTime dailyEnd,
        int positions,
        int accepted,
        PayUnit payUnit,
        long payWon,
        Instant applicationDeadline,
        boolean deadlineExtended,
        JobState state,
        String reviewComment,
        Rating employerRating,
        boolean mine,
        ApplicationState myApplication) {}
