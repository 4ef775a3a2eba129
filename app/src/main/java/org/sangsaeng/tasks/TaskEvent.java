package org.sangsaeng.tasks;

/** What every event about one task says of it: which task, its name, its co-op. */
public interface TaskEvent {

    long taskId();

    /** The message key of the task's name. */
    String nameKey();

    /** The co-op the task belongs to; null for the foundation's own tasks. */
    Long coopId();
}
