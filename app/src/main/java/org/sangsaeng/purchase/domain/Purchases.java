package org.sangsaeng.purchase.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Purchases extends JpaRepository<Purchase, Long> {

    List<Purchase> findByCoopIdOrderByIdDesc(long coopId);

    List<Purchase> findBySupplierIdOrderByIdDesc(long supplierId);

    /** Serialises pledges and stage changes of one purchase. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Purchase p where p.id = :id")
    Optional<Purchase> findForUpdate(@Param("id") long id);

    /** Titles for lists of many (the task list), in one read. */
    @Query(
            nativeQuery = true,
            value = "select x.id as id, x.title as title from purchase x where x.id in (:ids)")
    List<org.sangsaeng.shared.BusinessSummaries.Title> findTitles(
            @Param("ids") Collection<Long> ids);
}
