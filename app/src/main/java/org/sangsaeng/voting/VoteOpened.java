package org.sangsaeng.voting;

import java.util.List;

/** The vote and the usernames of its electorate, one vote task each. */
public record VoteOpened(long voteId, List<String> electorate) {}
