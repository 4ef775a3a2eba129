package org.sangsaeng.coupons;

/**
 * Who gets the coupon: every opted-in regular of the shop, those with a tag, or anyone with the
 * public link.
 */
public enum Audience {
    REGULARS,
    TAG,
    PUBLIC
}
