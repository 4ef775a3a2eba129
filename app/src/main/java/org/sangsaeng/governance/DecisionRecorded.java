package org.sangsaeng.governance;

/** A co-op decided on a proposal; published once, within the transaction that records it. */
public record DecisionRecorded(long coopId, DecisionView decision) {}
