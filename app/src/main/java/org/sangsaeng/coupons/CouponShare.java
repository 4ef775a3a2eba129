package org.sangsaeng.coupons;

import java.time.Clock;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coupons.domain.Coupon;
import org.sangsaeng.coupons.domain.CouponIssues;
import org.sangsaeng.coupons.domain.Coupons;
import org.sangsaeng.shared.NotFoundException;
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
    private final CouponService service;
    private final CoopService coops;
    private final AttemptThrottle throttle;
    private final Clock clock;

    CouponShare(
            Coupons coupons,
            CouponIssues issues,
            CouponService service,
            CoopService coops,
            AttemptThrottle throttle,
            Clock clock) {
        this.coupons = coupons;
        this.issues = issues;
        this.service = service;
        this.coops = coops;
        this.throttle = throttle;
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
                                    service.sender(c),
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
        throttle.check("link:" + caller);
        Coupon c = coupons.findByPublicToken(publicToken == null ? "" : publicToken).orElse(null);
        if (c == null) {
            throttle.failed("link:" + caller);
            throw new NotFoundException("error.public.notFound");
        }
        long left = Math.max(0, c.getTotalQuantity() - issues.countByCouponId(c.getId()));
        boolean over =
                c.getState() != CouponState.PUBLISHED || !clock.instant().isBefore(c.getValidTo());
        var coop = coops.get(c.getCoopId());
        return new PublicCoupon(
                c.getTitle(),
                c.getDescription(),
                c.discount(),
                c.getValidFrom(),
                c.getValidTo(),
                service.sender(c),
                c.isCoopWide(),
                coop.name(),
                null,
                (int) left,
                over,
                coop.marketId());
    }
}
