package org.sangsaeng.tasks.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Tasks extends JpaRepository<Task, Long> {

    /**
     * The keys of the open tasks a user may see: those assigned to them and those of their
     * candidate groups, each read by its own index and joined (an OR over both reads every open
     * task).
     */
    String VISIBLE_OPEN_KEYS =
            """
            SELECT t.job_key FROM task t
             WHERE t.assignee = :username AND t.status = 'OPEN'
               AND (:coopId IS NULL OR t.coop_id = :coopId) AND (:processId IS NULL OR t.bpmn_process_id = :processId)
            UNION
            SELECT t.job_key FROM task_candidate_group g JOIN task t ON t.job_key = g.job_key
             WHERE g.group_name IN (:groups) AND t.status = 'OPEN'
               AND (:coopId IS NULL OR t.coop_id = :coopId) AND (:processId IS NULL OR t.bpmn_process_id = :processId)
            """;

    /**
     * One page of {@link #VISIBLE_OPEN_KEYS}, earliest due first (no due date last), then oldest.
     */
    @Query(
            nativeQuery = true,
            value =
                    "SELECT t.job_key FROM task t JOIN ("
                            + VISIBLE_OPEN_KEYS
                            + ") v"
                            + " ON v.job_key = t.job_key ORDER BY t.due_at IS NULL, t.due_at, t.created_at, t.job_key"
                            + " LIMIT :limit OFFSET :offset")
    List<Long> findOpenVisibleKeys(
            @Param("username") String username,
            @Param("groups") Collection<String> groups,
            @Param("coopId") Long coopId,
            @Param("processId") String processId,
            @Param("offset") int offset,
            @Param("limit") int limit);

    @Query(nativeQuery = true, value = "SELECT COUNT(*) FROM (" + VISIBLE_OPEN_KEYS + ") v")
    long countOpenVisible(
            @Param("username") String username,
            @Param("groups") Collection<String> groups,
            @Param("coopId") Long coopId,
            @Param("processId") String processId);

    /** The tasks with these keys and their candidate groups, in one read. */
    @Query(
            "select distinct t from Task t left join fetch t.candidateGroups where t.jobKey in :keys")
    List<Task> findWithGroups(@Param("keys") Collection<Long> keys);

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
     * Closes one task by its key, only if it is still open; a completion in progress holds the row
     * and wins.
     */
    @Modifying
    @Query(
            nativeQuery = true,
            value =
                    """
            UPDATE task SET status = :status, completed_by = :completedBy, completed_at = :completedAt,
                            version = version + 1
             WHERE job_key = :jobKey AND status = 'OPEN'
            """)
    int closeIfOpen(
            @Param("jobKey") long jobKey,
            @Param("status") String status,
            @Param("completedBy") String completedBy,
            @Param("completedAt") Instant completedAt);
}
