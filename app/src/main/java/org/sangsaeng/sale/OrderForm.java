package org.sangsaeng.sale;

/**
 * A customer's order on the public page: how many sets, their name, the phone proven by the SMS
 * code, the pickup slot.
 */
public record OrderForm(int sets, String name, String phone, String phoneCode, long slotId) {}
