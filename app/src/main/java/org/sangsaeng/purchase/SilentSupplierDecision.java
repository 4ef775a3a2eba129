package org.sangsaeng.purchase;

import org.sangsaeng.shared.InvalidInputException;

/** What the leader decides when the supplier did not answer the pooled order in time. */
public enum SilentSupplierDecision {
    /** Send the order to the same supplier again, with a new time to answer. */
    RESEND,
    /** Cancel the purchase with a reason: pledges released, members told, nobody billed. */
    CANCEL;

    /**
     * The decision a form submitted; refused with the choices named when it is missing or unknown.
     */
    public static SilentSupplierDecision from(Object submitted) {
        for (SilentSupplierDecision d : values()) {
            if (d.name().equals(submitted)) {
                return d;
            }
        }
        throw new InvalidInputException("error.purchase.resendOrCancel");
    }
}
