package org.sangsaeng.purchase.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PurchaseBills extends JpaRepository<PurchaseBill, Long> {

    List<PurchaseBill> findByPurchaseIdOrderByMemberId(long purchaseId);

    Optional<PurchaseBill> findByPurchaseIdAndMemberId(long purchaseId, long memberId);

    List<PurchaseBill> findByMemberIdOrderByIdDesc(long memberId);
}
