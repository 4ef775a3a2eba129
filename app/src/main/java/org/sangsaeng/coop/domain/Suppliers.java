package org.sangsaeng.coop.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Suppliers extends JpaRepository<Supplier, Long> {

    java.util.Optional<Supplier> findByUserId(Long userId);
}
