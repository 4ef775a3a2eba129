package org.sangsaeng.notifications;

/** A template variable shown in the recipient's language: a key of the message bundles. */
public record Localized(String messageKey) {}
