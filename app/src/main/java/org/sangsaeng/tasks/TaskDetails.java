package org.sangsaeng.tasks;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A task as its people see it. The task's name is looked up in the message bundles as {@code
 * task.<processId>.<elementId>}; what it is about, the title of its business object ({@code
 * subject}, null when it has none), reads as {@code task.subject.<processId>} filled with it.
 */
public record TaskDetails(
        long id,
        String processId,
        String elementId,
        String formKey,
        String assignee,
        Set<String> candidateGroups,
        String businessKey,
        Long coopId,
        Instant dueAt,
        Instant createdAt,
        TaskStatus status,
        String completedBy,
        Instant completedAt,
        Map<String, Object> variables,
        String subject) {

    /** The same task, about this subject. */
    public TaskDetails withSubject(String subject) {
        return new TaskDetails(
                id,
                processId,
                elementId,
                formKey,
                assignee,
                candidateGroups,
                businessKey,
                coopId,
                dueAt,
                createdAt,
                status,
                completedBy,
                completedAt,
                variables,
                subject);
    }

    public String nameKey() {
        return nameKey(processId, elementId);
    }

    /** The message key of what the task is about, with {@link #subject()} as its argument. */
    public String subjectKey() {
        return "task.subject." + processId;
    }

    /** The message key of a task's name: {@code task.<processId>.<elementId>}. */
    public static String nameKey(String processId, String elementId) {
        return "task." + processId + "." + elementId;
    }
}
