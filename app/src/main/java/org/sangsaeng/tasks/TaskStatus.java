package org.sangsaeng.tasks;

public enum TaskStatus {
    OPEN,
    COMPLETED,
    CANCELED,
    /**
     * The person answered, but the engine no longer had the task when the completion reached it
     * (the process had moved on): what the form stored does not count, and the person is told.
     */
    NOT_TAKEN
}
