package org.sangsaeng.membership.domain;

import java.util.List;
import org.sangsaeng.membership.ApplicationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipApplications extends JpaRepository<MembershipApplication, Long> {

    List<MembershipApplication> findByApplicantIdOrderByCreatedAtDesc(long applicantId);

    boolean existsByCoopIdAndApplicantIdAndStatus(long coopId, long applicantId, ApplicationStatus status);
}
