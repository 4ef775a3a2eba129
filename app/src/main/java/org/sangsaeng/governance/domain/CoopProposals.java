package org.sangsaeng.governance.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sangsaeng.governance.ProposalState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CoopProposals extends JpaRepository<CoopProposal, Long> {

    /** Serialises the author's withdrawal and the leader's review of one proposal. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from CoopProposal p where p.id = :id")
    Optional<CoopProposal> findForUpdate(@Param("id") long id);

    List<CoopProposal> findByCoopIdOrderByIdDesc(long coopId);

    List<CoopProposal> findByCoopIdAndStateInOrderByIdDesc(
            long coopId, Collection<ProposalState> states);

    /** Titles for lists of many (the task list), in one read. */
    @Query(
            nativeQuery = true,
            value = "select x.id as id, x.title as title from coop_proposal x where x.id in (:ids)")
    List<org.sangsaeng.shared.BusinessSummaries.Title> findTitles(
            @Param("ids") Collection<Long> ids);
}
