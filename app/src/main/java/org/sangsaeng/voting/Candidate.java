package org.sangsaeng.voting;

/**
 * A member who stands in an election, as the ballot shows them; {@code votes} only once the vote
 * has closed.
 */
public record Candidate(String username, String displayName, String shopName, Integer votes) {}
