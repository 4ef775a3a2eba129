package org.sangsaeng.notifications.channels;

/**
 * What a channel's provider said when it took a message: its own message id, by which its delivery
 * report is found later (null for channels without reports), and a note for the outbox page.
 */
public record Handover(String providerMessageId, String note) {

    public static Handover untracked() {
        return new Handover(null, null);
    }

    public static Handover tracked(String providerMessageId) {
        return new Handover(providerMessageId, null);
    }
}
