package org.sangsaeng.sale.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.sangsaeng.sale.OrderStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface JointOrders extends JpaRepository<JointOrder, Long> {

    Optional<JointOrder> findByLinkHash(String linkHash);

    /**
     * The offer of an order's link, read without loading the order (which is then read fresh under
     * its lock).
     */
    @Query("select o.offerId from JointOrder o where o.linkHash = :hash")
    Optional<Long> findOfferIdByLinkHash(@Param("hash") String linkHash);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from JointOrder o where o.linkHash = :hash")
    Optional<JointOrder> findByLinkHashForUpdate(@Param("hash") String linkHash);

    /**
     * The order of a pickup code, locked: of two counters typing the same code at once, one hands
     * over the sets.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from JointOrder o where o.pickupCode = :code")
    Optional<JointOrder> findByCodeForUpdate(@Param("code") String code);

    Optional<JointOrder> findByPickupCode(String code);

    List<JointOrder> findByOfferIdOrderById(long offerId);

    List<JointOrder> findByOfferIdAndStatus(long offerId, OrderStatus status);

    long countByOfferIdAndStatus(long offerId, OrderStatus status);
}
