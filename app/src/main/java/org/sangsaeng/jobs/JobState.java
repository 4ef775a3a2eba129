package org.sangsaeng.jobs;

/** Where a job post stands. */
public enum JobState {
    IN_REVIEW,
    CHANGES_REQUESTED,
    REJECTED,
    PUBLISHED,
    CLOSED,
    DONE;

    public boolean open() {
        return this == PUBLISHED;
    }
}
