package org.sangsaeng.jobs;

/** Pay per hour or per day, in whole won. */
public enum PayUnit {
    HOUR,
    DAY
}
