package org.sangsaeng.coupons;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.sangsaeng.coupons.domain.Coupon;
import org.sangsaeng.coupons.domain.CouponIssue;
import org.sangsaeng.coupons.domain.CouponIssues;
import org.sangsaeng.coupons.domain.CouponRedemption;
import org.sangsaeng.coupons.domain.CouponRedemptions;
import org.sangsaeng.coupons.domain.Coupons;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.shared.Won;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Redeeming a customer's coupon code at a shop's counter. */
@Service
@Transactional
public class CouponCounter {

    private final Coupons coupons;
    private final CouponIssues issues;
    private final CouponRedemptions redemptions;
    private final CurrentUsers currentUsers;
    private final AttemptThrottle throttle;
    private final Clock clock;

    CouponCounter(
            Coupons coupons,
            CouponIssues issues,
            CouponRedemptions redemptions,
            CurrentUsers currentUsers,
            AttemptThrottle throttle,
            Clock clock) {
        this.coupons = coupons;
        this.issues = issues;
        this.redemptions = redemptions;
        this.currentUsers = currentUsers;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * A merchant at the counter redeems a code for a purchase. Checked: the code exists, the coupon
     * is valid now, this shop may take it, uses are left, the purchase reaches the minimum. Two
     * counters with the same code at once: one succeeds. A shop guessing codes is slowed down.
     */
    public Redemption redeem(String code, long purchaseWon) {
        CurrentUser me = currentUsers.require();
        String caller = "shop:" + me.id();
        throttle.check(caller);
        String normalized =
                code == null ? "" : code.trim().toUpperCase(Locale.ROOT).replace("-", "");
        CouponIssue issue = issues.findByCodeForUpdate(normalized).orElse(null);
        if (issue == null) {
            throttle.failed(caller);
            throw new NotFoundException("error.coupon.unknownCode");
        }
        Coupon c = coupons.findById(issue.getCouponId()).orElseThrow();
        boolean shop = c.getAuthorId() == me.id() || c.isCoopWide() && me.isMemberOf(c.getCoopId());
        if (!shop) {
            throttle.failed(caller);
            throw new BusinessException("error.coupon.foreignShop");
        }
        Instant now = clock.instant();
        if (c.getState() != CouponState.PUBLISHED
                || now.isBefore(c.getValidFrom())
                || !now.isBefore(c.getValidTo())) {
            throw new BusinessException(
                    now.isBefore(c.getValidFrom())
                            ? "error.coupon.notYetValid"
                            : "error.coupon.expired");
        }
        if (issue.getRedemptions() >= c.getPerCustomerLimit()) {
            throw new BusinessException("error.coupon.usedUp");
        }
        Won.of(purchaseWon);
        long off = c.discount().off(purchaseWon);
        int seq = issue.redeemed();
        redemptions.saveAndFlush(
                new CouponRedemption(issue.getId(), seq, me.id(), purchaseWon, off, now));
        return new Redemption(
                c.getId(),
                c.getTitle(),
                purchaseWon,
                off,
                c.discount().freeItem(),
                c.getPerCustomerLimit() - seq);
    }
}
