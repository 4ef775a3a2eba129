package org.sangsaeng.membership.domain;

import java.util.Collection;
import java.util.List;
import org.sangsaeng.membership.ApplicationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MembershipApplications extends JpaRepository<MembershipApplication, Long> {

    List<MembershipApplication> findByApplicantIdOrderByCreatedAtDesc(long applicantId);

    boolean existsByCoopIdAndApplicantIdAndStatus(
            long coopId, long applicantId, ApplicationStatus status);

    /** Titles for lists of many (the task list), in one read. */
    @Query(
            nativeQuery = true,
            value =
                    "select x.id as id, x.shop_name as title from membership_application x"
                            + " where x.id in (:ids)")
    List<org.sangsaeng.shared.BusinessSummaries.Title> findTitles(
            @Param("ids") Collection<Long> ids);
}
