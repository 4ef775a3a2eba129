package org.sangsaeng.jobs;

/** Where one seeker's application to one post stands. */
public enum ApplicationState {
    APPLIED,
    WITHDRAWN,
    SHORTLISTED,
    REJECTED,
    OFFERED,
    ACCEPTED,
    DECLINED,
    EXPIRED;

    /** Still in the running: the employer may shortlist, reject or offer. */
    public boolean pending() {
        return this == APPLIED || this == SHORTLISTED;
    }
}
