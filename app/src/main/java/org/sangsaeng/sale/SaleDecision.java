package org.sangsaeng.sale;

/** The leader's answer when fewer sets than the minimum were ordered. */
public enum SaleDecision {
    GO,
    CANCEL
}
