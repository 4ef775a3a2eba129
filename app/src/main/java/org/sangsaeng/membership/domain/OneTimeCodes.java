package org.sangsaeng.membership.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OneTimeCodes extends JpaRepository<OneTimeCode, Long> {

    List<OneTimeCode> findByPurposeAndSubjectAndClosedAtIsNull(
            OneTimeCode.Purpose purpose, String subject);

    Optional<OneTimeCode> findFirstByPurposeAndSubjectOrderByIdDesc(
            OneTimeCode.Purpose purpose, String subject);

    long countByPurposeAndSubjectAndCreatedAtAfter(
            OneTimeCode.Purpose purpose, String subject, Instant after);
}
