package org.sangsaeng.jobs;

import java.time.DayOfWeek;
import java.util.Set;
import org.sangsaeng.membership.BusinessType;

/** What a job seeker says about themselves; skills and areas comma-separated. */
public record SeekerProfileForm(
        String intro,
        String skills,
        Set<BusinessType> businessTypes,
        String areas,
        Set<DayOfWeek> weekdays) {}
