package org.sangsaeng.governance.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LeaderElections extends JpaRepository<LeaderElection, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from LeaderElection e where e.id = :id")
    Optional<LeaderElection> findForUpdate(@Param("id") long id);

    Optional<LeaderElection> findByFoundingId(long foundingId);

    List<LeaderElection> findByCoopIdOrderByIdDesc(long coopId);
}
