package org.sangsaeng.governance.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sangsaeng.governance.FoundingState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CoopFoundings extends JpaRepository<CoopFounding, Long> {

    /** Serialises the founders' answers, the foundation's review and the steps of one founding. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from CoopFounding f where f.id = :id")
    Optional<CoopFounding> findForUpdate(@Param("id") long id);

    boolean existsByMarketIdAndNameAndStateIn(
            long marketId, String name, Collection<FoundingState> states);

    /** Foundings the person proposed or is a founder of, newest first. */
    @Query(
            "select distinct f from CoopFounding f join f.founders x where x.userId = :userId order by f.id desc")
    List<CoopFounding> findOfFounder(@Param("userId") long userId);

    @Query(
            nativeQuery = true,
            value = "select x.id as id, x.name as title from coop_founding x where x.id in (:ids)")
    List<org.sangsaeng.shared.BusinessSummaries.Title> findTitles(
            @Param("ids") Collection<Long> ids);
}
