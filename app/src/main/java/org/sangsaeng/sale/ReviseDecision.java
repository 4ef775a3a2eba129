package org.sangsaeng.sale;

/** The proposer's answer to an offer a shop declined. */
public enum ReviseDecision {
    REVISE,
    CANCEL
}
