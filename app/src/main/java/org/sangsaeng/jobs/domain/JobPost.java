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

    public void moveTo(JobState state, String comment) {
        this.state = state;
        this.reviewComment = comment;
    }

    public void extendDeadline(Instant deadline) {
        this.applicationDeadline = deadline;
        this.deadlineExtended = true;
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
