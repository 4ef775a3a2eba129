package org.sangsaeng.jobs;

import java.time.LocalDate;
import org.sangsaeng.membership.BusinessType;

/** The job board's filters; null means any. {@code date}: the job runs on that day. */
public record JobFilter(BusinessType businessType, String area, LocalDate date) {

    public static JobFilter none() {
        return new JobFilter(null, null, null);
    }
}
