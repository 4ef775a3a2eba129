package org.sangsaeng.sale.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sangsaeng.sale.OfferStage;
import org.sangsaeng.shared.BusinessSummaries;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface JointOffers extends JpaRepository<JointOffer, Long> {

    List<JointOffer> findByCoopIdOrderByIdDesc(long coopId);

    List<JointOffer> findByStageOrderByOrderDeadline(OfferStage stage);

    List<JointOffer> findByCoopIdInAndStageAndOrderDeadlineAfterOrderByOrderDeadline(
            Collection<Long> coopIds, OfferStage stage, Instant now);

    /**
     * Serialises orders, cancellations and stage changes of one offer: the sets are counted one
     * order at a time.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from JointOffer o where o.id = :id")
    Optional<JointOffer> findForUpdate(@Param("id") long id);

    /**
     * Where the orders of an offer stand, read without loading the offer (so a later lock reads it
     * fresh).
     */
    interface OrderWindow {
        OfferStage getStage();

        Instant getOrderDeadline();

        /** The sets left when it was read (a hint: the locked offer decides). */
        int getSetsLeft();
    }

    @Query(
            "select o.stage as stage, o.orderDeadline as orderDeadline, o.setsTotal - o.setsOrdered as setsLeft"
                    + " from JointOffer o where o.id = :id")
    Optional<OrderWindow> findOrderWindow(@Param("id") long id);

    @Query(
            "select count(s) > 0 from JointOfferSlot s where s.id = :slotId and s.offer.id = :offerId")
    boolean hasSlot(@Param("offerId") long offerId, @Param("slotId") long slotId);

    @Query(
            nativeQuery = true,
            value = "select x.id as id, x.title as title from joint_offer x where x.id in (:ids)")
    List<BusinessSummaries.Title> findTitles(@Param("ids") Collection<Long> ids);
}
