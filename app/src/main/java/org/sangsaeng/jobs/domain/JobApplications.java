package org.sangsaeng.jobs.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sangsaeng.jobs.ApplicationState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface JobApplications extends JpaRepository<JobApplication, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from JobApplication a where a.id = :id")
    Optional<JobApplication> findForUpdate(@Param("id") long id);

    List<JobApplication> findByPostIdOrderByCreatedAt(long postId);

    /**
     * The titles of the posts these applications are for, by application id, in one read (the task
     * list).
     */
    @Query(
            nativeQuery = true,
            value =
                    "select a.id as id, p.title as title from job_application a"
                            + " join job_post p on p.id = a.post_id where a.id in (:ids)")
    List<org.sangsaeng.shared.BusinessSummaries.Title> findPostTitles(
            @Param("ids") Collection<Long> ids);

    List<JobApplication> findBySeekerIdOrderByCreatedAtDesc(long seekerId);

    Optional<JobApplication> findByPostIdAndSeekerId(long postId, long seekerId);

    int countByPostIdAndStateIn(long postId, Collection<ApplicationState> states);

    List<JobApplication> findByPostIdAndStateIn(long postId, Collection<ApplicationState> states);

    List<JobApplication> findBySeekerIdAndPostIdIn(long seekerId, Collection<Long> postIds);

    interface Hired {
        long getPostId();

        long getHired();
    }

    @Query(
            "select a.postId as postId, count(a) as hired from JobApplication a"
                    + " where a.postId in :postIds and a.state = org.sangsaeng.jobs.ApplicationState.ACCEPTED group by a.postId")
    List<Hired> countAccepted(@Param("postIds") Collection<Long> postIds);
}
