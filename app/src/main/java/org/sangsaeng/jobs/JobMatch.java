package org.sangsaeng.jobs;

/** A suggested job for a seeker, with why. */
public record JobMatch(JobPostView post, MatchScore match) {}
