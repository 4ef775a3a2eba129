package org.sangsaeng.coupons;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.sangsaeng.coupons.domain.Coupon;
import org.sangsaeng.coupons.domain.CouponIssue;
import org.sangsaeng.coupons.domain.RegularCustomer;
import org.sangsaeng.coupons.domain.RegularCustomers;
import org.sangsaeng.notifications.CustomerMessage;
import org.sangsaeng.notifications.Notice;
import org.sangsaeng.notifications.NotificationService;
import org.sangsaeng.notifications.Template;
import org.sangsaeng.shared.Tags;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the coupon-approval process, for its job workers only: no signed-in user, each
 * safe to run twice (a customer never gets a second code or a second message).
 */
@Service
@Transactional
public class CouponSteps {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final CouponService coupons;
    private final RegularCustomers customers;
    private final NotificationService notifications;
    private final String publicUrl;
    private final java.time.Clock clock;

    CouponSteps(CouponService coupons, RegularCustomers customers, NotificationService notifications,
                @Value("${sangsaeng.public-url:http://localhost:8080}") String publicUrl,
                java.time.Clock clock) {
        this.coupons = coupons;
        this.customers = customers;
        this.notifications = notifications;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.clock = clock;
    }

    /** Approved: the author learns when it goes out. */
    public void scheduled(long couponId) {
        Coupon c = coupons.lock(couponId);
        tell(c, Template.COUPON_APPROVED, Map.of("coupon", c.getTitle(), "from", c.getValidFrom().toString().substring(0, 10)),
                "coupon-approved:" + couponId);
    }

    public void rejected(long couponId) {
        Coupon c = coupons.lock(couponId);
        tell(c, Template.COUPON_REJECTED, Map.of("coupon", c.getTitle(), "reason",
                c.getReviewComment() == null ? "" : c.getReviewComment()), "coupon-rejected:" + couponId);
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
        LocalDate today = LocalDate.now(clock.withZone(SEOUL));
        long issued = coupons.issuedCount(couponId);
        for (RegularCustomer customer : customers.findByOwnerIdAndOptedOutAtIsNullOrderById(c.getAuthorId())) {
            if (c.getAudience() == Audience.TAG && !Tags.parse(customer.getTags()).contains(c.getAudienceTag())) {
                continue;
            }
            if (coupons.issued(couponId, customer.getId())) {
                continue;
            }
            if (issued >= c.getTotalQuantity()) {
                break;
            }
            CouponIssue issue = coupons.issue(c, customer.getId());
            issued++;
            customers.countMessage(customer.getId(), today, Integer.MAX_VALUE);
            notifications.sendToCustomer(new CustomerMessage("coupon:" + couponId + ":" + customer.getId(),
                    customer.getPhone(), c.getCoopId(), c.getTitle(),
                    "[" + c.getTitle() + "] " + publicUrl + "/c/" + issue.getToken()
                            + "\n수신거부: " + publicUrl + "/out/" + customer.getOptOutToken()));
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
        tell(c, Template.COUPON_EXPIRED, Map.of("coupon", c.getTitle(), "issued", s.issued(), "redeemed", s.redeemed(),
                "rate", s.redemptionRatePercent()), "coupon-expired:" + couponId);
    }

    private void tell(Coupon c, Template template, Map<String, Object> variables, String key) {
        notifications.send(new Notice(c.getAuthorId(), template, variables, "coupons/" + c.getId(), c.getCoopId(),
                false, key));
    }
}
