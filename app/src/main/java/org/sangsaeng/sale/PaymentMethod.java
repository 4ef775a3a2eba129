package org.sangsaeng.sale;

/**
 * How a customer paid for an order: cash or card at the counter, or a bank transfer into the
 * co-op's account before pickup, which the leader confirms from the account's statement.
 */
public enum PaymentMethod {
    CASH,
    CARD,
    TRANSFER
}
