package org.sangsaeng.tasks;

import java.util.Set;

/** A new task waits for people: its assignee, or the members of its candidate groups. */
public record TaskCreated(
        long taskId,
        String processId,
        String elementId,
        String assignee,
        Set<String> candidateGroups,
        Long coopId)
        implements TaskEvent {

    @Override
    public String nameKey() {
        return TaskDetails.nameKey(processId, elementId);
    }
}
