package org.sangsaeng.coupons.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Coupons extends JpaRepository<Coupon, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Coupon c where c.id = :id")
    Optional<Coupon> findForUpdate(@Param("id") long id);

    List<Coupon> findByAuthorIdOrderByIdDesc(long authorId);

    List<Coupon> findByCoopIdOrderByIdDesc(long coopId);

    Optional<Coupon> findByPublicToken(String token);

    /**
     * Published public coupons of these co-ops still valid at {@code now}, ending soonest first.
     */
    @Query(
            """
            select c from Coupon c where c.coopId in :coopIds and c.audience = org.sangsaeng.coupons.Audience.PUBLIC
              and c.state = org.sangsaeng.coupons.CouponState.PUBLISHED and c.publicToken is not null
              and c.validFrom <= :now and c.validTo > :now
            order by c.validTo, c.id""")
    List<Coupon> findPublicValid(
            @Param("coopIds") Collection<Long> coopIds, @Param("now") Instant now);

    /** Titles for lists of many (the task list), in one read. */
    @Query(
            nativeQuery = true,
            value = "select x.id as id, x.title as title from coupon x where x.id in (:ids)")
    List<org.sangsaeng.shared.BusinessSummaries.Title> findTitles(
            @Param("ids") Collection<Long> ids);
}
