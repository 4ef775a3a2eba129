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
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.NotFoundException;

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

    /** The seeker takes the application back while it still waits for the employer. */
    public void withdraw(Instant at) {
        requirePending();
        moveTo(ApplicationState.WITHDRAWN, at);
    }

    /** The employer keeps a new applicant in mind; only a fresh application can be shortlisted. */
    public void shortlist(Instant at) {
        if (state != ApplicationState.APPLIED) {
            throw new BusinessException("error.job.notPending");
        }
        moveTo(ApplicationState.SHORTLISTED, at);
    }

    /** The employer (or the post closing) turns a waiting applicant down. */
    public void reject(Instant at) {
        requirePending();
        moveTo(ApplicationState.REJECTED, at);
    }

    /** The employer offers the job to a waiting applicant, who answers before it expires. */
    public void offer(Instant expiresAt, Instant at) {
        requirePending();
        moveTo(ApplicationState.OFFERED, at);
        this.offerExpiresAt = expiresAt;
    }

    /** The seeker takes the offered job; refused once the offer expired or when none is open. */
    public void accept(Instant at) {
        requireOpenOffer(at);
        moveTo(ApplicationState.ACCEPTED, at);
    }

    /** The seeker turns the offer down; refused once the offer expired or when none is open. */
    public void decline(Instant at) {
        requireOpenOffer(at);
        moveTo(ApplicationState.DECLINED, at);
    }

    /**
     * The seeker's answer was not taken: the engine had ended the offer (its time ran out, or its
     * process was stopped) before the answer reached it. The offer is over unanswered, as the
     * process's expiry step leaves it: with no task left to answer it, it cannot stay open.
     */
    public void answerNotTaken(Instant at) {
        if (state == ApplicationState.ACCEPTED || state == ApplicationState.DECLINED) {
            moveTo(ApplicationState.EXPIRED, at);
        }
    }

    /**
     * Nobody answered in time. An offer answered meanwhile stays answered, and an expired one stays
     * expired, so the process's step is safe to run twice.
     */
    public void expire(Instant at) {
        if (state == ApplicationState.OFFERED) {
            moveTo(ApplicationState.EXPIRED, at);
        }
    }

    /**
     * After the work, one side says whether it took place; once per side, and only for a hire
     * (anything else is not found, as it is to a stranger).
     */
    public void confirmWork(boolean byEmployer, boolean happened) {
        if (state != ApplicationState.ACCEPTED) {
            throw new NotFoundException("error.job.applicationNotFound", id);
        }
        if ((byEmployer ? employerConfirmed : workerConfirmed) != null) {
            throw new BusinessException("error.job.ratedTwice");
        }
        if (byEmployer) {
            employerConfirmed = happened;
        } else {
            workerConfirmed = happened;
        }
    }

    /** Whether the two sides disagree on whether the work took place, or one has not said. */
    public boolean disputed() {
        return !Boolean.TRUE.equals(employerConfirmed) || !Boolean.TRUE.equals(workerConfirmed);
    }

    public void resolved(String resolution) {
        this.disputeResolution = resolution;
    }

    private void requirePending() {
        if (!state.pending()) {
            throw new BusinessException("error.job.notPending");
        }
    }

    private void requireOpenOffer(Instant at) {
        if (state == ApplicationState.EXPIRED
                || state == ApplicationState.OFFERED && !at.isBefore(offerExpiresAt)) {
            throw new BusinessException("error.job.offerExpired");
        }
        if (state != ApplicationState.OFFERED) {
            throw new BusinessException("error.job.noOffer");
        }
    }

    private void moveTo(ApplicationState next, Instant at) {
        this.state = next;
        this.updatedAt = at;
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
