package org.sangsaeng.sale;

/** A shop's answer when its part is due ready for the pickup. */
public enum PrepareAnswer {
    READY,
    NOT_READY
}
