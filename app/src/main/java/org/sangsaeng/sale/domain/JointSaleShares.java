package org.sangsaeng.sale.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JointSaleShares extends JpaRepository<JointSaleShare, Long> {

    List<JointSaleShare> findByOfferIdOrderById(long offerId);

    boolean existsByOfferId(long offerId);
}
