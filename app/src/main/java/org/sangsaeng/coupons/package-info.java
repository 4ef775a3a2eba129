/**
 * Mobile coupons and messages to regular customers (단골 고객): a shop's customers who agreed to
 * messages, coupon drafts approved by the co-op's leader (and the foundation for co-op-wide or
 * large discounts; the {@code coupon-approval} process), codes sent through the notification
 * outbox, redemption at the counter exactly once, statistics, and new-product messages with a daily
 * cap per customer.
 */
package org.sangsaeng.coupons;
