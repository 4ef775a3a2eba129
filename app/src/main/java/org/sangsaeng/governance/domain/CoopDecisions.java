package org.sangsaeng.governance.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CoopDecisions extends JpaRepository<CoopDecision, Long> {

    Optional<CoopDecision> findByProposalId(long proposalId);

    List<CoopDecision> findByCoopIdOrderByDecidedAtDesc(long coopId);
}
