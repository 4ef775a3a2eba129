package org.sangsaeng.jobs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.sangsaeng.governance.JobPostReview;
import org.sangsaeng.jobs.JobState;
import org.sangsaeng.jobs.PayUnit;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.shared.Texts;

/**
 * A member's job post (구인) and its whole life, guarded here: each transition is named for what
 * happens (approve, request changes, reject, publish, close to applications, finish, extend the
 * deadline) and refuses a move the post's state does not allow.
 *
 * <p>Longer than our 300 lines on purpose: that state machine and the post's terms (dates, hours,
 * pay) are one unit; the rest is the getters JPA and the pages need.
 */
@Entity
@Table(name = "job_post")
public class JobPost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "coop_id")
    private long coopId;

    private long employerId;
    private String title;

    @Enumerated(EnumType.STRING)
    private BusinessType businessType;

    private String tasks;
    private String skills;
    private String place;
    private String area;
    private LocalDate startDate;
    private LocalDate endDate;
    private LocalTime dailyStart;
    private LocalTime dailyEnd;
    private int positions;

    @Enumerated(EnumType.STRING)
    private PayUnit payUnit;

    private long payWon;
    private Instant applicationDeadline;
    private boolean deadlineExtended;

    @Enumerated(EnumType.STRING)
    private JobState state;

    private String reviewComment;
    private int rulesVersion;

    @Enumerated(EnumType.STRING)
    private JobPostReview reviewer;

    private Long processInstanceKey;
    private Instant createdAt;
    @Version private long version;

    protected JobPost() {}

    public JobPost(
            long coopId,
            long employerId,
            int rulesVersion,
            JobPostReview reviewer,
            Instant createdAt) {
        this.coopId = coopId;
        this.employerId = employerId;
        this.rulesVersion = rulesVersion;
        this.reviewer = reviewer;
        this.createdAt = createdAt;
        this.state = JobState.IN_REVIEW;
    }

    /** Sets what the employer wrote; used for the first version and for revisions. */
    public void describe(
            String title,
            BusinessType businessType,
            String tasks,
            String skills,
            String place,
            String area,
            LocalDate startDate,
            LocalDate endDate,
            LocalTime dailyStart,
            LocalTime dailyEnd,
            int positions,
            PayUnit payUnit,
            long payWon,
            Instant applicationDeadline) {
        this.title = title;
        this.businessType = businessType;
        this.tasks = tasks;
        this.skills = skills;
        this.place = place;
        this.area = area;
        this.startDate = startDate;
        this.endDate = endDate;
        this.dailyStart = dailyStart;
        this.dailyEnd = dailyEnd;
        this.positions = positions;
        this.payUnit = payUnit;
        this.payWon = payWon;
        this.applicationDeadline = applicationDeadline;
    }

    /**
     * The reviewer approves the post as it stands; the process publishes it next. Only a post in
     * review can be approved.
     */
    public void approve() {
        requireState(JobState.IN_REVIEW, "error.job.notInReview");
        this.reviewComment = null;
    }

    /** The reviewer sends the post back to the employer, saying what to change. */
    public void requestChanges(String comment) {
        requireState(JobState.IN_REVIEW, "error.job.notInReview");
        this.reviewComment = Texts.required(comment, 1000, "error.job.commentRequired");
        this.state = JobState.CHANGES_REQUESTED;
    }

    /** The reviewer turns the post down, saying why; it is never published. */
    public void reject(String reason) {
        requireState(JobState.IN_REVIEW, "error.job.notInReview");
        this.reviewComment = Texts.required(reason, 1000, "error.job.reasonRequired");
        this.state = JobState.REJECTED;
    }

    /**
     * The employer sends the revised post back to review; the reviewer's comment stays visible
     * until the next decision.
     */
    public void resubmit() {
        requireState(JobState.CHANGES_REQUESTED, "error.job.notInReview");
        this.state = JobState.IN_REVIEW;
    }

    /** The approved post goes on the board. Publishing a published post again changes nothing. */
    public void publish() {
        if (state != JobState.PUBLISHED) {
            requireState(JobState.IN_REVIEW, "error.job.notInReview");
            this.state = JobState.PUBLISHED;
        }
    }

    /** Refuses anything that needs the post on the board: it is not, or no longer, published. */
    public void requirePublished() {
        requireState(JobState.PUBLISHED, "error.job.closed");
    }

    /** Refuses an application once the post left the board or its deadline passed. */
    public void requireTakingApplications(Instant now) {
        requirePublished();
        if (!now.isBefore(applicationDeadline)) {
            throw new BusinessException("error.job.closed");
        }
    }

    /**
     * Refuses an offer unless the post is published or closed to applications and the work has not
     * started yet.
     */
    public void requireHiring(Instant now) {
        if (state != JobState.PUBLISHED && state != JobState.CLOSED
                || !now.isBefore(workStarts())) {
            throw new BusinessException("error.job.closed");
        }
    }

    /**
     * No more applications: the deadline passed, every position is taken, or the employer closed
     * the post early. Closing a closed post again changes nothing.
     */
    public void closeToApplications() {
        if (state != JobState.CLOSED) {
            requireState(JobState.PUBLISHED, "error.job.notPending");
            this.state = JobState.CLOSED;
        }
    }

    /** The work is over and every hire confirmed or settled. Finishing twice changes nothing. */
    public void finish() {
        if (state != JobState.DONE) {
            requireState(JobState.CLOSED, "error.job.notPending");
            this.state = JobState.DONE;
        }
    }

    /** Whether the employer may still move the application deadline (once per post). */
    public boolean mayExtendDeadline() {
        return !deadlineExtended;
    }

    /**
     * Moves the application deadline, once. Asking again for the deadline it already has changes
     * nothing, so the process's step is safe to run twice.
     */
    public void extendDeadline(Instant deadline) {
        if (deadlineExtended) {
            if (deadline.equals(applicationDeadline)) {
                return;
            }
            throw new BusinessException("error.job.extendedOnce");
        }
        this.applicationDeadline = deadline;
        this.deadlineExtended = true;
    }

    /** When the work begins: the first day's start, in the market's time. */
    public Instant workStarts() {
        return startDate.atTime(dailyStart).atZone(MarketTime.ZONE).toInstant();
    }

    /** When the work ends: the last day's end, in the market's time. */
    public Instant workEnds() {
        return endDate.atTime(dailyEnd).atZone(MarketTime.ZONE).toInstant();
    }

    private void requireState(JobState expected, String messageKey) {
        if (state != expected) {
            throw new BusinessException(messageKey);
        }
    }

    public void startedAs(long key) {
        this.processInstanceKey = key;
    }

    public Long getId() {
        return id;
    }

    public long getCoopId() {
        return coopId;
    }

    public long getEmployerId() {
        return employerId;
    }

    public String getTitle() {
        return title;
    }

    public BusinessType getBusinessType() {
        return businessType;
    }

    public String getTasks() {
        return tasks;
    }

    public String getSkills() {
        return skills;
    }

    public String getPlace() {
        return place;
    }

    public String getArea() {
        return area;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public LocalTime getDailyStart() {
        return dailyStart;
    }

    public LocalTime getDailyEnd() {
        return dailyEnd;
    }

    public int getPositions() {
        return positions;
    }

    public PayUnit getPayUnit() {
        return payUnit;
    }

    public long getPayWon() {
        return payWon;
    }

    public Instant getApplicationDeadline() {
        return applicationDeadline;
    }

    public boolean isDeadlineExtended() {
        return deadlineExtended;
    }

    public JobState getState() {
        return state;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public int getRulesVersion() {
        return rulesVersion;
    }

    public JobPostReview getReviewer() {
        return reviewer;
    }

    public Long getProcessInstanceKey() {
        return processInstanceKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
