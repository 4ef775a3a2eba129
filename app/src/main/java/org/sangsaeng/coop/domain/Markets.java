package org.sangsaeng.coop.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Markets extends JpaRepository<Market, Long> {

    Optional<Market> findByName(String name);
}
