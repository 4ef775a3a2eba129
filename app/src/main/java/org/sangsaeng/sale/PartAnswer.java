package org.sangsaeng.sale;

/** A contributing shop's answer to its part of an offer. */
public enum PartAnswer {
    PENDING,
    CONFIRMED,
    DECLINED
}
