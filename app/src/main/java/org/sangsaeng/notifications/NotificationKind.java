package org.sangsaeng.notifications;

/**
 * What a message is about; people choose channels per kind, except for security codes, which go
 * everywhere at once.
 */
public enum NotificationKind {
    TASK_ASSIGNED,
    REMINDER,
    RESULT,
    NEWS,
    MARKETING,
    SECURITY;

    /**
     * Whether people choose the channels of this kind (a security code goes to every channel the
     * person has).
     */
    public boolean chosen() {
        return this != SECURITY;
    }
}
