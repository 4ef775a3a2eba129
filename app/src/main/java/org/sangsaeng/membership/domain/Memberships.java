package org.sangsaeng.membership.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Memberships extends JpaRepository<Membership, Long> {

    List<Membership> findByUserId(long userId);

    List<Membership> findByUserIdAndStatus(long userId, Membership.Status status);

    List<Membership> findByCoopIdAndStatusOrderByJoinedAt(long coopId, Membership.Status status);

    /** The active shops of these co-ops, by name: the market's public page. */
    List<Membership> findByCoopIdInAndStatusOrderByShopNameAscIdAsc(
            java.util.Collection<Long> coopIds, Membership.Status status);

    boolean existsByCoopIdAndUserId(long coopId, long userId);
}
