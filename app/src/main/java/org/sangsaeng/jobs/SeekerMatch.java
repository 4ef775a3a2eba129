package org.sangsaeng.jobs;

/**
 * A suggested seeker for a post: from their profile or one of their "looking for work" entries,
 * with why.
 */
public record SeekerMatch(
        String seeker, String seekerName, String entryTitle, Rating rating, MatchScore match) {}
