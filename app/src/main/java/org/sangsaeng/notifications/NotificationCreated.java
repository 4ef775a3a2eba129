package org.sangsaeng.notifications;

/**
 * A notification was stored for this person; published after the commit so open pages can update.
 */
public record NotificationCreated(String recipientUsername) {}
