package org.sangsaeng.sale;

/** Where a joint offer stands in joint-sale.bpmn. */
public enum OfferStage {
    /** The contributing shops confirm their parts. */
    CONFIRMING,
    /** A shop declined (or did not answer): the proposer revises or cancels. */
    REVISING,
    VOTING,
    /** Customers order on the public page until the order deadline. */
    ORDERING,
    /** Below the minimum of sets: the leader goes ahead or cancels. */
    DECIDING,
    /** The shops prepare their parts; customers pick up their sets. */
    PREPARING,
    CLOSED,
    REJECTED,
    CANCELLED
}
