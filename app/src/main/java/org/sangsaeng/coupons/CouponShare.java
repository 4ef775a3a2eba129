package org.sangsaeng.coupons;

import java.time.Clock;
import org.sangsaeng.coupons.domain.Coupon;
import org.sangsaeng.coupons.domain.CouponIssues;
import org.sangsaeng.coupons.domain.Coupons;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a shared coupon link shows before anyone takes a coupon: the offer itself, for its page, the
 * preview a messenger draws of the link and the picture in it. Nothing is issued or counted; a
 * wrong link is slowed down like any other guess.
 */
@Service
@Transactional(readOnly = true)
public class CouponShare {

    private final Coupons coupons;
    private final CouponIssues issues;
    private final CouponSupport support;
    private final Clock clock;

    CouponShare(Coupons coupons, CouponIssues issues, CouponSupport support, Clock clock) {
        this.coupons = coupons;
        this.issues = issues;
        this.support = support;
        this.clock = clock;
    }

    /**
     * The public coupons of these co-ops that anyone may take now (published, valid, some left),
     * for the market's public page; no one need be signed in.
     */
    public java.util.List<PublicCouponSummary> current(java.util.Collection<Long> coopIds) {
        if (coopIds.isEmpty()) {
            return java.util.List.of();
        }
        return coupons.findPublicValid(coopIds, clock.instant()).stream()
                .map(
                        c -> {
                            int left =
                                    (int)
                                            Math.max(
                                                    0,
                                                    c.getTotalQuantity()
                                                            - issues.countByCouponId(c.getId()));
                            return new PublicCouponSummary(
                                    c.getId(),
                                    c.getCoopId(),
                                    c.getTitle(),
                                    support.sender(c),
                                    c.isCoopWide(),
                                    c.discount(),
                                    c.getValidTo(),
                                    left,
                                    c.getPublicToken());
                        })
                .filter(c -> c.left() > 0)
                .toList();
    }

    /**
     * The public coupon behind a shared link, with how many are left; no code (each taker gets
     * their own).
     */
    public PublicCoupon offer(String publicToken, String caller) {
        Coupon c = support.byPublicLink(publicToken, caller);
        long left = Math.max(0, c.getTotalQuantity() - issues.countByCouponId(c.getId()));
        boolean over =
                c.getState() != CouponState.PUBLISHED || !clock.instant().isBefore(c.getValidTo());
        return support.publicView(c, support.sender(c), null, (int) left, over);
    }
}
