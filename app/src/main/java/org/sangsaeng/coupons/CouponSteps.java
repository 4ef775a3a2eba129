package org.sangsaeng.coupons;

import java.util.Map;
import org.sangsaeng.coupons.domain.Coupon;
import org.sangsaeng.coupons.domain.CouponIssue;
import org.sangsaeng.coupons.domain.RegularCustomer;
import org.sangsaeng.coupons.domain.RegularCustomers;
import org.sangsaeng.notifications.CustomerMessage;
import org.sangsaeng.notifications.MarketingMessages;
import org.sangsaeng.notifications.Notice;
import org.sangsaeng.notifications.NotificationService;
import org.sangsaeng.notifications.Template;
import org.sangsaeng.shared.PublicAddress;
import org.sangsaeng.shared.Tags;
import org.sangsaeng.shared.Tokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the coupon-approval process, for its job workers only: no signed-in user, each safe
 * to run twice (a customer never gets a second code or a second message).
 */
@Service
@Transactional
public class CouponSteps {

    private final CouponSupport coupons;
    private final RegularCustomers customers;
    private final DailyMessageCap cap;
    private final NotificationService notifications;
    private final MarketingMessages marketing;
    private final PublicAddress publicAddress;

    CouponSteps(
            CouponSupport coupons,
            RegularCustomers customers,
            DailyMessageCap cap,
            NotificationService notifications,
            MarketingMessages marketing,
            PublicAddress publicAddress) {
        this.coupons = coupons;
        this.customers = customers;
        this.cap = cap;
        this.notifications = notifications;
        this.marketing = marketing;
        this.publicAddress = publicAddress;
    }

    /** Approved: the author learns when it goes out. */
    public void scheduled(long couponId) {
        Coupon c = coupons.lock(couponId);
        tell(
                c,
                Template.COUPON_APPROVED,
                Map.of(
                        "coupon",
                        c.getTitle(),
                        "from",
                        c.getValidFrom().toString().substring(0, 10)),
                "coupon-approved:" + couponId);
    }

    public void rejected(long couponId) {
        Coupon c = coupons.lock(couponId);
        tell(
                c,
                Template.COUPON_REJECTED,
                Map.of(
                        "coupon",
                        c.getTitle(),
                        "reason",
                        c.getReviewComment() == null ? "" : c.getReviewComment()),
                "coupon-rejected:" + couponId);
    }

    /**
     * At valid-from: every opted-in regular of the audience (up to the quantity) gets a code and a
     * message with the coupon's link and an opt-out link; a public coupon gets its public link.
     * Returns how many codes exist now.
     */
    public long publish(long couponId) {
        Coupon c = coupons.lock(couponId);
        if (c.getState() == CouponState.SCHEDULED) {
            c.moveTo(CouponState.PUBLISHED, null);
        }
        if (c.getAudience() == Audience.PUBLIC) {
            c.publicToken(Tokens.token());
            return coupons.issuedCount(couponId);
        }
        long issued = coupons.issuedCount(couponId);
        String sender = coupons.sender(c);
        for (RegularCustomer customer : customers.lockReachable(c.getAuthorId())) {
            if (c.getAudience() == Audience.TAG
                    && !Tags.parse(customer.getTags()).contains(c.getAudienceTag())) {
                continue;
            }
            if (coupons.issued(couponId, customer.getId())) {
                continue;
            }
            if (issued >= c.getTotalQuantity()) {
                break;
            }
            // The coupon is an advertisement too: a customer who had today's messages gets none.
            if (!cap.take(customer)) {
                continue;
            }
            CouponIssue issue = coupons.issue(c, customer.getId());
            issued++;
            marketing.send(
                    new CustomerMessage(
                            "coupon:" + couponId + ":" + customer.getId(),
                            customer.getId(),
                            customer.getPhone(),
                            c.getCoopId(),
                            sender,
                            c.getTitle() + " " + publicAddress.of("/c/" + issue.getToken()),
                            publicAddress.of("/out/" + customer.getOptOutToken())));
        }
        return issued;
    }

    /** At valid-to: the coupon expires and its author reads the figures. */
    public void expire(long couponId) {
        Coupon c = coupons.lock(couponId);
        if (c.getState() == CouponState.PUBLISHED) {
            c.moveTo(CouponState.EXPIRED, null);
        }
        CouponStats s = coupons.stats(c);
        tell(
                c,
                Template.COUPON_EXPIRED,
                Map.of(
                        "coupon",
                        c.getTitle(),
                        "issued",
                        s.issued(),
                        "redeemed",
                        s.redeemed(),
                        "rate",
                        s.redemptionRatePercent()),
                "coupon-expired:" + couponId);
    }

    private void tell(Coupon c, Template template, Map<String, Object> variables, String key) {
        notifications.send(
                new Notice(
                        c.getAuthorId(),
                        template,
                        variables,
                        "coupons/" + c.getId(),
                        c.getCoopId(),
                        false,
                        key));
    }
}
