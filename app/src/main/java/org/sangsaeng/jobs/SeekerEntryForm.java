package org.sangsaeng.jobs;

import java.time.LocalDate;
import java.util.Set;
import org.sangsaeng.membership.BusinessType;

/** A "looking for work" entry: what one can do, where, and between which dates. */
public record SeekerEntryForm(
        String title,
        String skills,
        Set<BusinessType> businessTypes,
        String areas,
        LocalDate availableFrom,
        LocalDate availableTo,
        String note) {}
