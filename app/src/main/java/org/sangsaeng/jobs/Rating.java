package org.sangsaeng.jobs;

/** A person's ratings from past jobs: the average of 1-5 stars (null when none) and how many. */
public record Rating(Double average, long count) {}
