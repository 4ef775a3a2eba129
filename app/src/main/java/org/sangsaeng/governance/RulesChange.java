package org.sangsaeng.governance;

/** The foundation's change of a co-op's rules, with the reason members will read in the history. */
public record RulesChange(RuleSet rules, String note) {}
