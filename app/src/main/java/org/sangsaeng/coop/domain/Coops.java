package org.sangsaeng.coop.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Coops extends JpaRepository<Coop, Long> {

    @Query("select c from Coop c join fetch c.market order by c.name")
    List<Coop> findAllWithMarket();

    Optional<Coop> findByName(String name);

    boolean existsByNameAndIdNot(String name, Long id);

    /**
     * Co-ops of a market (of every market when it is null) whose name or description contains the
     * text.
     */
    @Query(
            value =
                    """
            select c from Coop c join fetch c.market m
            where (:marketId is null or m.id = :marketId)
              and (:q = '' or lower(c.name) like lower(concat('%', :q, '%'))
                   or lower(c.description) like lower(concat('%', :q, '%')))""",
            countQuery =
                    """
            select count(c) from Coop c join c.market m
            where (:marketId is null or m.id = :marketId)
              and (:q = '' or lower(c.name) like lower(concat('%', :q, '%'))
                   or lower(c.description) like lower(concat('%', :q, '%')))""")
    Page<Coop> search(@Param("marketId") Long marketId, @Param("q") String q, Pageable pageable);
}
