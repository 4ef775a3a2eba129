package org.sangsaeng.coupons;

/** The coupon approval's task forms, by the form key coupon-approval.bpmn names: the rules in app and the form in ui use these. */
public enum CouponFormKey {
    REVIEW("coupon-review"),
    REVISE("coupon-revise");

    private final String key;

    CouponFormKey(String key) {
        this.key = key;
    }

    /** The form key, as the BPMN file writes it. */
    public String key() {
        return key;
    }
}
