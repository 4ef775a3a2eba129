package org.sangsaeng.coupons.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ShopMessages extends JpaRepository<ShopMessage, Long> {

    List<ShopMessage> findTop20ByOwnerIdOrderBySentAtDesc(long ownerId);
}
