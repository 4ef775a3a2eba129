package org.sangsaeng.coupons;

/** Where a coupon stands. */
public enum CouponState {
    IN_REVIEW,
    FOUNDATION_REVIEW,
    CHANGES_REQUESTED,
    REJECTED,
    SCHEDULED,
    PUBLISHED,
    EXPIRED
}
