package org.sangsaeng.coupons;

import java.time.Clock;
import java.time.Instant;
import org.sangsaeng.coupons.domain.Coupon;
import org.sangsaeng.coupons.domain.CouponIssue;
import org.sangsaeng.coupons.domain.CouponIssues;
import org.sangsaeng.coupons.domain.Coupons;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a customer does with a coupon's link, without signing in: take a coupon of their own from a
 * public coupon's link, and open the coupon they were given. A shop or a person guessing links is
 * slowed down.
 */
@Service
@Transactional
public class CouponClaims {

    private final Coupons coupons;
    private final CouponIssues issues;
    private final CouponSupport support;
    private final MemberDirectory directory;
    private final AttemptThrottle throttle;
    private final Clock clock;

    CouponClaims(
            Coupons coupons,
            CouponIssues issues,
            CouponSupport support,
            MemberDirectory directory,
            AttemptThrottle throttle,
            Clock clock) {
        this.coupons = coupons;
        this.issues = issues;
        this.support = support;
        this.directory = directory;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** The public coupon page behind an unguessable link (no sign-in); opening it is counted. */
    public PublicCoupon publicCoupon(String token, String caller) {
        throttle.check("link:" + caller);
        CouponIssue issue = issues.findByToken(token == null ? "" : token).orElse(null);
        if (issue == null) {
            throttle.failed("link:" + caller);
            throw new NotFoundException("error.public.notFound");
        }
        issue.opened(clock.instant());
        return publicView(issue);
    }

    /** Someone with a coupon's public link takes a coupon of their own while there are any left. */
    public String claim(String publicToken, String caller) {
        Coupon c = support.byPublicLink(publicToken, caller);
        Coupon locked = coupons.findForUpdate(c.getId()).orElseThrow();
        Instant now = clock.instant();
        if (locked.getState() != CouponState.PUBLISHED || !now.isBefore(locked.getValidTo())) {
            throw new BusinessException("error.coupon.expired");
        }
        if (issues.countByCouponId(locked.getId()) >= locked.getTotalQuantity()) {
            throw new BusinessException("error.coupon.allGone");
        }
        // Each claim counts against the caller: taking many coupons looks like guessing.
        throttle.failed("claim:" + caller);
        throttle.check("claim:" + caller);
        return support.issue(locked, null).getToken();
    }

    private PublicCoupon publicView(CouponIssue issue) {
        Coupon c = coupons.findById(issue.getCouponId()).orElseThrow();
        String shop = directory.shopName(c.getAuthorId(), c.getCoopId());
        Instant now = clock.instant();
        return support.publicView(
                c,
                shop,
                issue.getCode(),
                Math.max(0, c.getPerCustomerLimit() - issue.getRedemptions()),
                c.getState() == CouponState.EXPIRED || !now.isBefore(c.getValidTo()));
    }
}
