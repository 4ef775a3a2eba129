package org.sangsaeng.tasks.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.sangsaeng.tasks.TaskStatus;

/** A user task waiting in the engine as a job; rows are written by {@code TaskInboxWorker}. */
@Entity
@Table(name = "task")
public class Task {

    @Id private Long jobKey;
    private long processInstanceKey;
    private String bpmnProcessId;
    private String elementId;
    private String formKey;
    private String assignee;
    private String businessKey;
    private Long coopId;
    private Instant dueAt;
    private Instant createdAt;
    private Instant jobDeadline;
    private String variables;

    @Enumerated(EnumType.STRING)
    private TaskStatus status;

    private String completedBy;
    private Instant completedAt;
    @Version private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "task_candidate_group", joinColumns = @JoinColumn(name = "job_key"))
    @Column(name = "group_name")
    private Set<String> candidateGroups = new HashSet<>();

    protected Task() {}

    public void complete(String username, Instant at) {
        this.status = TaskStatus.COMPLETED;
        this.completedBy = username;
        this.completedAt = at;
    }

    public void cancel() {
        this.status = TaskStatus.CANCELED;
    }

    /**
     * The answer this task was completed with did not reach the engine in time: the process had
     * moved on. Only a completed task can lose its answer.
     */
    public void notTaken() {
        if (status != TaskStatus.COMPLETED) {
            throw new IllegalStateException("Task " + jobKey + " is " + status + ", not completed");
        }
        this.status = TaskStatus.NOT_TAKEN;
    }

    public void extendedUntil(Instant deadline) {
        this.jobDeadline = deadline;
    }

    public Long getJobKey() {
        return jobKey;
    }

    public long getProcessInstanceKey() {
        return processInstanceKey;
    }

    public String getBpmnProcessId() {
        return bpmnProcessId;
    }

    public String getElementId() {
        return elementId;
    }

    public String getFormKey() {
        return formKey;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public Long getCoopId() {
        return coopId;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getJobDeadline() {
        return jobDeadline;
    }

    public String getVariables() {
        return variables;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Set<String> getCandidateGroups() {
        return candidateGroups;
    }
}
