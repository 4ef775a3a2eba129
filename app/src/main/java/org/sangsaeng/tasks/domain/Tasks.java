package org.sangsaeng.tasks.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Tasks extends JpaRepository<Task, Long> {

    List<Task> findByProcessInstanceKeyAndElementIdAndStatus(
            long processInstanceKey, String elementId, org.sangsaeng.tasks.TaskStatus status);

    /** The keys of one person's open tasks of a form about one business object (normally one). */
    @Query(
            "select t.jobKey from Task t where t.assignee = :assignee and t.businessKey = :businessKey"
                    + " and t.formKey = :formKey and t.status = org.sangsaeng.tasks.TaskStatus.OPEN")
    List<Long> findOpenKeysOf(
            @Param("assignee") String assignee,
            @Param("businessKey") String businessKey,
            @Param("formKey") String formKey);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Task t where t.jobKey = :jobKey")
    Optional<Task> findForUpdate(@Param("jobKey") long jobKey);

    @Query(
            "select t.jobKey from Task t where t.status = org.sangsaeng.tasks.TaskStatus.OPEN and t.jobDeadline < :before")
    List<Long> findOpenExpiringBefore(@Param("before") Instant before, Pageable pageable);

    /** Records a user-task job; a re-delivered job only refreshes its deadline. */
    @Modifying
    @Query(
            nativeQuery = true,
            value =
                    """
            INSERT INTO task (job_key, process_instance_key, bpmn_process_id, element_id, form_key, assignee,
                              business_key, coop_id, due_at, created_at, job_deadline, variables, status, version)
            VALUES (:jobKey, :processInstanceKey, :bpmnProcessId, :elementId, :formKey, :assignee,
                    :businessKey, :coopId, :dueAt, :createdAt, :jobDeadline, :variables, 'OPEN', 0)
            ON DUPLICATE KEY UPDATE job_deadline = GREATEST(job_deadline, VALUES(job_deadline))
            """)
    int upsert(
            @Param("jobKey") long jobKey,
            @Param("processInstanceKey") long processInstanceKey,
            @Param("bpmnProcessId") String bpmnProcessId,
            @Param("elementId") String elementId,
            @Param("formKey") String formKey,
            @Param("assignee") String assignee,
            @Param("businessKey") String businessKey,
            @Param("coopId") Long coopId,
            @Param("dueAt") Instant dueAt,
            @Param("createdAt") Instant createdAt,
            @Param("jobDeadline") Instant jobDeadline,
            @Param("variables") String variables);

    @Modifying
    @Query(
            nativeQuery = true,
            value =
                    "INSERT IGNORE INTO task_candidate_group (job_key, group_name) VALUES (:jobKey, :group)")
    void addCandidateGroup(@Param("jobKey") long jobKey, @Param("group") String group);

    /**
     * Lists an open task for its assignee and each of its candidate groups ({@link TaskLists});
     * idempotent, and nothing for a task that is closed. Call it in the transaction that records
     * the task and its groups.
     */
    @Modifying
    @Query(
            nativeQuery = true,
            value =
                    """
            INSERT IGNORE INTO task_visibility (visible_to, due_order, created_at, job_key, coop_id, bpmn_process_id)
            SELECT CONCAT('user:', t.assignee), COALESCE(t.due_at, '9999-12-31 23:59:59.999999'), t.created_at,
                   t.job_key, t.coop_id, t.bpmn_process_id
              FROM task t WHERE t.job_key = :jobKey AND t.status = 'OPEN' AND t.assignee IS NOT NULL
            UNION ALL
            SELECT g.group_name, COALESCE(t.due_at, '9999-12-31 23:59:59.999999'), t.created_at,
                   t.job_key, t.coop_id, t.bpmn_process_id
              FROM task_candidate_group g JOIN task t ON t.job_key = g.job_key
             WHERE t.job_key = :jobKey AND t.status = 'OPEN'
            """)
    int showInLists(@Param("jobKey") long jobKey);

    /** Takes a task off every list; call it in the transaction that closes the task. */
    @Modifying
    @Query(nativeQuery = true, value = "DELETE FROM task_visibility WHERE job_key = :jobKey")
    int hideFromLists(@Param("jobKey") long jobKey);

    /** How the engine ended a job of a task we still have open (from the audit trail). */
    interface EndedJob {
        long getJobKey();

        String getIntent();

        String getCompletedBy();

        Instant getEndedAt();
    }

    /**
     * Open tasks whose job the engine ended without us: the process was cancelled, a boundary event
     * interrupted the task, or another node completed it. A plain read: it takes no locks.
     */
    @Query(
            nativeQuery = true,
            value =
                    """
            SELECT t.job_key AS jobKey, a.intent AS intent, a.completed_by AS completedBy, a.record_time AS endedAt
              FROM task t JOIN audit_record a
                ON a.value_type = 'JOB' AND a.record_type = 'EVENT' AND a.record_key = t.job_key
               AND a.intent IN ('COMPLETED', 'CANCELED', 'ERROR_THROWN')
             WHERE t.status = 'OPEN'
             LIMIT 500
            """)
    List<EndedJob> findOpenTasksEndedInTheEngine();

    /**
     * Closes one task by its key, only if it is still open, and takes it off every list; a
     * completion in progress holds the row and wins.
     */
    default int closeIfOpen(long jobKey, String status, String completedBy, Instant completedAt) {
        int closed = markClosedIfOpen(jobKey, status, completedBy, completedAt);
        hideFromLists(jobKey);
        return closed;
    }

    @Modifying
    @Query(
            nativeQuery = true,
            value =
                    """
            UPDATE task SET status = :status, completed_by = :completedBy, completed_at = :completedAt,
                            version = version + 1
             WHERE job_key = :jobKey AND status = 'OPEN'
            """)
    int markClosedIfOpen(
            @Param("jobKey") long jobKey,
            @Param("status") String status,
            @Param("completedBy") String completedBy,
            @Param("completedAt") Instant completedAt);
}
