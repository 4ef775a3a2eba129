package org.sangsaeng.coupons;

/** Fixed won off, a percentage with a cap in won, or a free item. */
public enum DiscountType {
    FIXED,
    PERCENT,
    FREE_ITEM
}
