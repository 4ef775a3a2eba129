package org.sangsaeng.jobs.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SeekerEntries extends JpaRepository<SeekerEntry, Long> {

    List<SeekerEntry> findByActiveTrueAndAvailableToGreaterThanEqualOrderByCreatedAtDesc(
            LocalDate today);

    List<SeekerEntry> findByUserIdOrderByCreatedAtDesc(long userId);
}
