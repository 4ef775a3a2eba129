package org.sangsaeng.notifications;

/** What a message is about; people choose channels per kind. */
public enum NotificationKind {
    TASK_ASSIGNED, REMINDER, RESULT, NEWS, MARKETING
}
