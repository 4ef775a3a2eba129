package org.sangsaeng.purchase;

/** Where a group purchase stands. */
public enum Stage {
    VOTING,
    ORDERING,
    ORDER_CLOSED,
    AWAITING_SUPPLIER,
    PRICE_CHECK,
    SETTLING,
    DELIVERY,
    CLOSED,
    REJECTED,
    CANCELLED
}
