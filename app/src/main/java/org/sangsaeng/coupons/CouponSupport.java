package org.sangsaeng.coupons;

import java.time.Clock;
import java.util.List;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coupons.domain.Coupon;
import org.sangsaeng.coupons.domain.CouponIssue;
import org.sangsaeng.coupons.domain.CouponIssues;
import org.sangsaeng.coupons.domain.CouponRedemptions;
import org.sangsaeng.coupons.domain.Coupons;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.shared.Tokens;
import org.springframework.stereotype.Component;

/**
 * What the coupon services and the process steps share: locking a coupon, finding it by its public
 * link, issuing it, its figures, how its public page shows it and who its messages come from. Runs
 * in its callers' transactions.
 */
@Component
class CouponSupport {

    private final Coupons coupons;
    private final CouponIssues issues;
    private final CouponRedemptions redemptions;
    private final CoopService coops;
    private final MemberDirectory directory;
    private final AttemptThrottle throttle;
    private final Clock clock;

    CouponSupport(
            Coupons coupons,
            CouponIssues issues,
            CouponRedemptions redemptions,
            CoopService coops,
            MemberDirectory directory,
            AttemptThrottle throttle,
            Clock clock) {
        this.coupons = coupons;
        this.issues = issues;
        this.redemptions = redemptions;
        this.coops = coops;
        this.directory = directory;
        this.throttle = throttle;
        this.clock = clock;
    }

    Coupon lock(long couponId) {
        return coupons.findForUpdate(couponId)
                .orElseThrow(() -> new NotFoundException("error.coupon.notFound", couponId));
    }

    /** The coupon behind a public link; a wrong link counts as a guess against the caller. */
    Coupon byPublicLink(String publicToken, String caller) {
        throttle.check("link:" + caller);
        Coupon c = coupons.findByPublicToken(publicToken == null ? "" : publicToken).orElse(null);
        if (c == null) {
            throttle.failed("link:" + caller);
            throw new NotFoundException("error.public.notFound");
        }
        return c;
    }

    /**
     * A coupon as its public page shows it: with the taker's code, or none on the shared offer
     * (each taker gets their own).
     */
    PublicCoupon publicView(Coupon c, String shop, String code, int left, boolean over) {
        var coop = coops.get(c.getCoopId());
        return new PublicCoupon(
                c.getTitle(),
                c.getDescription(),
                c.discount(),
                c.getValidFrom(),
                c.getValidTo(),
                shop,
                c.isCoopWide(),
                coop.name(),
                code,
                left,
                over,
                coop.marketId());
    }

    /**
     * Gives the coupon to one recipient (a customer, or null for a public-link claim) with a fresh
     * code and token. A code already taken (one chance in 10^11 per existing code) is drawn again;
     * the unique key is the last word.
     */
    CouponIssue issue(Coupon c, Long customerId) {
        String code = Tokens.code();
        while (issues.existsByCode(code)) {
            code = Tokens.code();
        }
        return issues.saveAndFlush(
                new CouponIssue(c.getId(), customerId, code, Tokens.token(), clock.instant()));
    }

    boolean issued(long couponId, long customerId) {
        return issues.existsByCouponIdAndCustomerId(couponId, customerId);
    }

    long issuedCount(long couponId) {
        return issues.countByCouponId(couponId);
    }

    CouponStats stats(Coupon c) {
        CouponIssues.Stats s = issues.statsOf(c.getId());
        List<CouponRedemptions.ShopTotal> totals = redemptions.byShop(c.getId());
        var people =
                directory.people(
                        totals.stream().map(CouponRedemptions.ShopTotal::getShopOwnerId).toList());
        List<CouponStats.ShopFigures> shops =
                totals.stream()
                        .map(
                                r ->
                                        new CouponStats.ShopFigures(
                                                people.get(r.getShopOwnerId()).username(),
                                                r.getRedemptions(),
                                                r.getDiscountWon()))
                        .toList();
        long discount = shops.stream().mapToLong(CouponStats.ShopFigures::discountWon).sum();
        int rate = s.getIssued() == 0 ? 0 : (int) (s.getRedeemed() * 100 / s.getIssued());
        return new CouponStats(
                s.getIssued(), s.getOpened(), s.getRedeemed(), rate, discount, shops);
    }

    /**
     * Who a coupon's message comes from: the author's shop, or the co-op for a co-op-wide coupon.
     */
    String sender(Coupon c) {
        String shop = c.isCoopWide() ? "" : directory.shopName(c.getAuthorId(), c.getCoopId());
        return shop.isBlank() ? coops.get(c.getCoopId()).name() : shop;
    }
}
