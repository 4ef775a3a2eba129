package org.sangsaeng.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.sangsaeng.membership.BusinessType;

/**
 * A merchant's job post: what, where, when (dates and daily hours, Asia/Seoul), how many people,
 * pay in whole won per hour or per day, and the application deadline. Skills are comma-separated.
 */
public record JobPostForm(
        long coopId,
        String title,
        BusinessType businessType,
        String tasks,
        String skills,
        String place,
        String area,
        LocalDate startDate,
        LocalDate endDate,
        LocalTime dailyStart,
        LocalTime dailyEnd,
        int positions,
        PayUnit payUnit,
        long payWon,
        Instant applicationDeadline) {}
