package org.sangsaeng.coupons.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CouponIssues extends JpaRepository<CouponIssue, Long> {

    /** Serialises two counters redeeming the same code at the same moment. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from CouponIssue i where i.code = :code")
    Optional<CouponIssue> findByCodeForUpdate(@Param("code") String code);

    Optional<CouponIssue> findByToken(String token);

    boolean existsByCode(String code);

    boolean existsByCouponIdAndCustomerId(long couponId, long customerId);

    long countByCouponId(long couponId);

    List<CouponIssue> findByCouponId(long couponId);

    interface Stats {
        long getIssued();

        long getOpened();

        long getRedeemed();
    }

    @Query(
            "select count(i) as issued, count(i.openedAt) as opened,"
                    + " coalesce(sum(case when i.redemptions > 0 then 1 else 0 end), 0) as redeemed"
                    + " from CouponIssue i where i.couponId = :couponId")
    Stats statsOf(@Param("couponId") long couponId);
}
