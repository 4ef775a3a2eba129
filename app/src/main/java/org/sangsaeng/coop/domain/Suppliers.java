package org.sangsaeng.coop.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Suppliers extends JpaRepository<Supplier, Long> {
}
