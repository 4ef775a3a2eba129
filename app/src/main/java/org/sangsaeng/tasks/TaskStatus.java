package org.sangsaeng.tasks;

public enum TaskStatus {
    OPEN,
    COMPLETED,
    CANCELED
}
