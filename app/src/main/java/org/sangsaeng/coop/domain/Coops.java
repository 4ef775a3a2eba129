package org.sangsaeng.coop.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Coops extends JpaRepository<Coop, Long> {

    @Query("select c from Coop c join fetch c.market order by c.name")
    List<Coop> findAllWithMarket();
}
