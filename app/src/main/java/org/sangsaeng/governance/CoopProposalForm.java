package org.sangsaeng.governance;

/**
 * What a member fills in to put something to the co-op; {@code rules} only when it changes the
 * co-op's rules.
 */
public record CoopProposalForm(long coopId, String title, String body, RuleSet rules) {}
