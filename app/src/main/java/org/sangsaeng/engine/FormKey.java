package org.sangsaeng.engine;

/**
 * Every task form, by the form key its BPMN user task names: the one place a form key is written on
 * the Java side. A module's form rules ({@link UserTaskForm}) and its form in the UI take the key
 * from here; {@code ProcessesAgreeWithCodeTests} checks the BPMN files against both.
 */
public enum FormKey {
    PURCHASE_PLEDGE("purchase-pledge"),
    PURCHASE_BELOW_MINIMUM("purchase-below-minimum"),
    PURCHASE_SUPPLIER_ANSWER("purchase-supplier-answer"),
    PURCHASE_SUPPLIER_TIMEOUT("purchase-supplier-timeout"),
    PURCHASE_PRICE_RISE("purchase-price-rise"),
    PURCHASE_PAYMENT("purchase-payment"),
    PURCHASE_PAYMENT_RECEIPT("purchase-payment-receipt"),
    PURCHASE_DELIVERY("purchase-delivery"),
    COUPON_REVIEW("coupon-review"),
    COUPON_REVISE("coupon-revise"),
    JOB_POST_REVIEW("job-post-review"),
    JOB_POST_REVISE("job-post-revise"),
    JOB_POST_UNFILLED("job-post-unfilled"),
    JOB_OFFER_ANSWER("job-offer-answer"),
    JOB_CONFIRM("job-confirm"),
    JOB_DISPUTE("job-dispute"),
    COOP_PROPOSAL_REVIEW("coop-proposal-review"),
    MEMBERSHIP_REVIEW("membership-review"),
    MERCHANT_REGISTRATION_REVIEW("merchant-registration-review"),
    MEMBER_VOTE("member-vote"),
    COOP_FOUNDING_CONFIRM("coop-founding-confirm"),
    COOP_FOUNDING_REVIEW("coop-founding-review"),
    LEADER_ELECTION_APPOINT("leader-election-appoint"),
    JOINT_SALE_CONFIRM_PART("joint-sale-confirm-part"),
    JOINT_SALE_REVISE("joint-sale-revise"),
    JOINT_SALE_BELOW_MINIMUM("joint-sale-below-minimum"),
    JOINT_SALE_PREPARE("joint-sale-prepare");

    private final String key;

    FormKey(String key) {
        this.key = key;
    }

    /** The form key, as the BPMN file writes it. */
    public String key() {
        return key;
    }
}
