package org.sangsaeng.sale;

/**
 * A customer's order: standing, cancelled by the customer or with the offer, picked up (and paid),
 * or never collected.
 */
public enum OrderStatus {
    PLACED,
    CANCELLED,
    PICKED_UP,
    NO_SHOW
}
