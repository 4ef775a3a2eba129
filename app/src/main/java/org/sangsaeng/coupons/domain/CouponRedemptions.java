package org.sangsaeng.coupons.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CouponRedemptions extends JpaRepository<CouponRedemption, Long> {

    interface ShopTotal {
        long getShopOwnerId();

        long getRedemptions();

        long getDiscountWon();
    }

    @Query(
            nativeQuery = true,
            value =
                    "SELECT r.shop_owner_id AS shopOwnerId, COUNT(*) AS redemptions,"
                            + " SUM(r.discount_won) AS discountWon FROM coupon_redemption r JOIN coupon_issue i ON i.id = r.issue_id"
                            + " WHERE i.coupon_id = :couponId GROUP BY r.shop_owner_id ORDER BY r.shop_owner_id")
    List<ShopTotal> byShop(@Param("couponId") long couponId);
}
