package org.sangsaeng.jobs;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.sangsaeng.membership.BusinessType;

public record SeekerEntryView(
        long id,
        String seeker,
        String seekerName,
        String title,
        List<String> skills,
        Set<BusinessType> businessTypes,
        List<String> areas,
        LocalDate availableFrom,
        LocalDate availableTo,
        String note,
        boolean active,
        Rating rating) {}
