package org.sangsaeng.jobs.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface JobRatings extends JpaRepository<JobRating, Long> {

    boolean existsByApplicationIdAndRaterId(long applicationId, long raterId);

    interface Summary {
        long getRateeId();

        Double getAverage();

        long getCount();
    }

    @Query(
            "select r.rateeId as rateeId, avg(r.stars) as average, count(r) as count from JobRating r"
                    + " where r.rateeId in :userIds group by r.rateeId")
    List<Summary> summariesOf(@Param("userIds") java.util.Collection<Long> userIds);

    List<JobRating> findTop10ByRateeIdOrderByCreatedAtDesc(long rateeId);
}
