package org.sangsaeng.coupons;

import java.util.List;
import org.sangsaeng.coupons.domain.Coupon;
import org.sangsaeng.coupons.domain.Coupons;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coupons as their authors, co-op leaders and the foundation see them: one, mine, a co-op's, and
 * how a coupon did. Nobody sees a coupon they neither wrote nor oversee.
 */
@Service
@Transactional(readOnly = true)
public class CouponQueries {

    private final Coupons coupons;
    private final CouponSupport support;
    private final CurrentUsers currentUsers;
    private final MemberDirectory directory;

    CouponQueries(
            Coupons coupons,
            CouponSupport support,
            CurrentUsers currentUsers,
            MemberDirectory directory) {
        this.coupons = coupons;
        this.support = support;
        this.currentUsers = currentUsers;
        this.directory = directory;
    }

    public CouponView get(long couponId) {
        CurrentUser me = currentUsers.require();
        return view(visible(couponId, me), me);
    }

    /** My coupons, and those of co-ops I lead (or all of a co-op for the foundation). */
    public List<CouponView> mine() {
        CurrentUser me = currentUsers.require();
        return coupons.findByAuthorIdOrderByIdDesc(me.id()).stream().map(c -> view(c, me)).toList();
    }

    public List<CouponView> ofCoop(long coopId) {
        CurrentUser me = currentUsers.require();
        if (!me.oversees(coopId)) {
            throw new AccessDeniedException("error.coupon.leaderOnly");
        }
        return coupons.findByCoopIdOrderByIdDesc(coopId).stream().map(c -> view(c, me)).toList();
    }

    public CouponStats stats(long couponId) {
        CurrentUser me = currentUsers.require();
        return support.stats(visible(couponId, me));
    }

    private Coupon visible(long couponId, CurrentUser me) {
        Coupon c =
                coupons.findById(couponId)
                        .orElseThrow(
                                () -> new NotFoundException("error.coupon.notFound", couponId));
        if (c.getAuthorId() == me.id() || me.oversees(c.getCoopId())) {
            return c;
        }
        throw new NotFoundException("error.coupon.notFound", couponId);
    }

    private CouponView view(Coupon c, CurrentUser me) {
        boolean figures =
                c.getState() == CouponState.PUBLISHED || c.getState() == CouponState.EXPIRED;
        MemberDirectory.Person author = directory.person(c.getAuthorId());
        return new CouponView(
                c.getId(),
                c.getCoopId(),
                author.username(),
                author.displayName(),
                c.getTitle(),
                c.getDescription(),
                c.discount(),
                c.getValidFrom(),
                c.getValidTo(),
                c.getTotalQuantity(),
                c.getPerCustomerLimit(),
                c.getAudience(),
                c.getAudienceTag(),
                c.isCoopWide(),
                c.isNeedsFoundation(),
                c.getState(),
                c.getReviewComment(),
                c.getAuthorId() == me.id() ? c.getPublicToken() : null,
                figures ? support.stats(c) : null,
                c.getAuthorId() == me.id());
    }
}
