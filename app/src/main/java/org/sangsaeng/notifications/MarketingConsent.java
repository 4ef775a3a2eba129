package org.sangsaeng.notifications;

/**
 * Whether a shop's regular customer still agrees to advertising messages. The outbox asks again
 * right before it sends one, so a customer who opted out after the message was written never gets
 * it.
 */
public interface MarketingConsent {

    boolean stillAgrees(long customerId);
}
