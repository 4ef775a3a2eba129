package org.sangsaeng.sale;

/** A shop's answer to its part of an offer. */
public enum PartDecision {
    CONFIRM,
    DECLINE
}
