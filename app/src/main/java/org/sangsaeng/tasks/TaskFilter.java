package org.sangsaeng.tasks;

/** Optional filters of "My tasks": by co-op and by kind of process. */
public record TaskFilter(Long coopId, String processId) {

    public static TaskFilter none() {
        return new TaskFilter(null, null);
    }
}
