package org.sangsaeng.purchase.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PurchasePledges extends JpaRepository<PurchasePledge, Long> {

    List<PurchasePledge> findByLineIdIn(Collection<Long> lineIds);

    Optional<PurchasePledge> findByLineIdAndMemberId(long lineId, long memberId);

    void deleteByLineIdInAndMemberId(Collection<Long> lineIds, long memberId);
}
