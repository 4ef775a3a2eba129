package org.sangsaeng.coop.domain;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Markets extends JpaRepository<Market, Long> {

    Optional<Market> findByName(String name);

    boolean existsByNameAndIdNot(String name, Long id);

    /** Markets whose name, district or address contains the text (all when it is empty). */
    @Query(
            """
            select m from Market m
            where :q = '' or lower(m.name) like lower(concat('%', :q, '%'))
               or lower(m.district) like lower(concat('%', :q, '%'))
               or lower(m.address) like lower(concat('%', :q, '%'))""")
    Page<Market> search(@Param("q") String q, Pageable pageable);
}
