package org.sangsaeng.sale;

/**
 * What the customer keeps: the link to their order (shown once, also sent by SMS) and the pickup
 * code.
 */
public record OrderReceipt(String orderToken, String pickupCode, long amount) {}
