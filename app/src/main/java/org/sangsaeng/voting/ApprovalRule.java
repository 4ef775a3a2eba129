package org.sangsaeng.voting;

/** SIMPLE_MAJORITY: more YES than NO. SHARE: YES at least a set share of YES + NO. */
public enum ApprovalRule {
    SIMPLE_MAJORITY,
    SHARE
}
