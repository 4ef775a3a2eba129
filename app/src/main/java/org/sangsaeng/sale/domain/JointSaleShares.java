package org.sangsaeng.sale.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface JointSaleShares extends JpaRepository<JointSaleShare, Long> {

    List<JointSaleShare> findByOfferIdOrderById(long offerId);

    boolean existsByOfferId(long offerId);

    /**
     * A shop's share of a sale, locked: a payout is recorded once, however often the leader
     * presses.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from JointSaleShare s where s.offerId = :offer and s.shopUserId = :shop")
    Optional<JointSaleShare> findForUpdate(
            @Param("offer") long offerId, @Param("shop") long shopUserId);

    /** A shop's ledger of joint sales, newest first. */
    List<JointSaleShare> findByShopUserIdOrderByIdDesc(long shopUserId);
}
