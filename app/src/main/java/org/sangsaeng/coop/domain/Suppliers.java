package org.sangsaeng.coop.domain;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Suppliers extends JpaRepository<Supplier, Long> {

    Optional<Supplier> findByUserId(Long userId);

    Optional<Supplier> findByName(String name);

    Optional<Supplier> findByBusinessNumber(String businessNumber);

    /**
     * Suppliers whose company name, business number or goods contain the text (all when it is
     * empty).
     */
    @Query(
            """
            select s from Supplier s
            where :q = '' or lower(s.name) like lower(concat('%', :q, '%'))
               or s.businessNumber like concat('%', :q, '%')
               or replace(s.businessNumber, '-', '') like concat('%', :q, '%')
               or lower(s.goods) like lower(concat('%', :q, '%'))""")
    Page<Supplier> search(@Param("q") String q, Pageable pageable);
}
