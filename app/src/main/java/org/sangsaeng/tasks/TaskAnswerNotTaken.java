package org.sangsaeng.tasks;

/**
 * A person's answer to a task was not taken: the process had moved on (the vote closed, the task
 * was cancelled) before the completion reached the engine. What the form stored no longer counts.
 */
public record TaskAnswerNotTaken(
        long taskId, String processId, String elementId, String username, Long coopId)
        implements TaskEvent {

    @Override
    public String nameKey() {
        return TaskDetails.nameKey(processId, elementId);
    }
}
