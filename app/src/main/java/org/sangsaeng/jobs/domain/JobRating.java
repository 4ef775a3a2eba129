package org.sangsaeng.jobs.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "job_rating")
public class JobRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long applicationId;
    private long raterId;
    private long rateeId;
    private int stars;
    private String comment;
    private Instant createdAt;

    protected JobRating() {}

    public JobRating(
            long applicationId,
            long raterId,
            long rateeId,
            int stars,
            String comment,
            Instant createdAt) {
        this.applicationId = applicationId;
        this.raterId = raterId;
        this.rateeId = rateeId;
        this.stars = stars;
        this.comment = comment;
        this.createdAt = createdAt;
    }

    public int getStars() {
        return stars;
    }

    public String getComment() {
        return comment;
    }

    public long getRaterId() {
        return raterId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
