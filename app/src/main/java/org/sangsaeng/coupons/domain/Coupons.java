package org.sangsaeng.coupons.domain;

import java.util.Collection;
import jakarta.persistence.LockModeType;
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

    /** Titles for lists of many (the task list), in one read. */
    @Query("select x.id as id, x.title as title from Coupon x where x.id in :ids")
    List<org.sangsaeng.shared.BusinessView.Title> findTitles(@Param("ids") Collection<Long> ids);
}
