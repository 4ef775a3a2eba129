package org.sangsaeng.jobs.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.sangsaeng.jobs.ApplicationState;

@Entity
@Table(name = "job_application")
public class JobApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long postId;
    private long seekerId;
    private String message;

    @Enumerated(EnumType.STRING)
    private ApplicationState state;

    private Instant offerExpiresAt;
    private Boolean employerConfirmed;
    private Boolean workerConfirmed;
    private String disputeResolution;
    private Instant createdAt;
    private Instant updatedAt;
    @Version private long version;

    protected JobApplication() {}

    public JobApplication(long postId, long seekerId, String message, Instant at) {
        this.postId = postId;
        this.seekerId = seekerId;
        this.message = message;
        this.state = ApplicationState.APPLIED;
        this.createdAt = at;
        this.updatedAt = at;
    }

    public void moveTo(ApplicationState state, Instant at) {
        this.state = state;
        this.updatedAt = at;
    }

    public void offered(Instant expiresAt, Instant at) {
        moveTo(ApplicationState.OFFERED, at);
        this.offerExpiresAt = expiresAt;
    }

    public void confirmedBy(boolean employer, boolean happened) {
        if (employer) {
            employerConfirmed = happened;
        } else {
            workerConfirmed = happened;
        }
    }

    public void resolved(String resolution) {
        this.disputeResolution = resolution;
    }

    public Long getId() {
        return id;
    }

    public long getPostId() {
        return postId;
    }

    public long getSeekerId() {
        return seekerId;
    }

    public String getMessage() {
        return message;
    }

    public ApplicationState getState() {
        return state;
    }

    public Instant getOfferExpiresAt() {
        return offerExpiresAt;
    }

    public Boolean getEmployerConfirmed() {
        return employerConfirmed;
    }

    public Boolean getWorkerConfirmed() {
        return workerConfirmed;
    }

    public String getDisputeResolution() {
        return disputeResolution;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
