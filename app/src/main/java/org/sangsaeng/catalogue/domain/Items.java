package org.sangsaeng.catalogue.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Items extends JpaRepository<Item, Long> {

    List<Item> findBySupplierIdOrderByIdAsc(long supplierId);

    /**
     * Serialises changes of one item, so two price changes cannot both pass the "not before the
     * newest" rule.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Item i where i.id = :id")
    Optional<Item> findForUpdate(@Param("id") long id);
}
