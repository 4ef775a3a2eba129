package org.sangsaeng.purchase;

/** The group purchase's task forms, by the form key group-purchase.bpmn names: the rules in app and the form in ui use these. */
public enum PurchaseFormKey {
    PLEDGE("purchase-pledge"),
    BELOW_MINIMUM("purchase-below-minimum"),
    SUPPLIER_ANSWER("purchase-supplier-answer"),
    SUPPLIER_TIMEOUT("purchase-supplier-timeout"),
    PRICE_RISE("purchase-price-rise"),
    PAYMENT("purchase-payment"),
    PAYMENT_RECEIPT("purchase-payment-receipt"),
    DELIVERY("purchase-delivery");

    private final String key;

    PurchaseFormKey(String key) {
        this.key = key;
    }

    /** The form key, as the BPMN file writes it. */
    public String key() {
        return key;
    }
}
