package org.sangsaeng.jobs.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sangsaeng.jobs.JobState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface JobPosts extends JpaRepository<JobPost, Long> {

    /**
     * Serialises offers and acceptances of one post, so that no more than its positions are filled.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from JobPost p where p.id = :id")
    Optional<JobPost> findForUpdate(@Param("id") long id);

    List<JobPost> findByStateOrderByApplicationDeadline(JobState state);

    List<JobPost> findByEmployerIdOrderByIdDesc(long employerId);

    /** Titles for lists of many (the task list), in one read. */
    @Query(
            nativeQuery = true,
            value = "select x.id as id, x.title as title from job_post x where x.id in (:ids)")
    List<org.sangsaeng.shared.BusinessSummaries.Title> findTitles(
            @Param("ids") Collection<Long> ids);
}
