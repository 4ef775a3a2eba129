package org.sangsaeng.coupons.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ShopMessages extends JpaRepository<ShopMessage, Long> {

    List<ShopMessage> findTop20ByOwnerIdOrderBySentAtDesc(long ownerId);

    Optional<ShopMessage> findByPublicToken(String publicToken);
}
