package org.sangsaeng.governance;

/** Who reviews a member's job post before it is published. */
public enum JobPostReview {
    LEADER,
    FOUNDATION
}
