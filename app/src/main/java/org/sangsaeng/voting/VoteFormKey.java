package org.sangsaeng.voting;

/** The member vote's task form, by the form key member-vote.bpmn names: the rules in app and the form in ui use it. */
public enum VoteFormKey {
    CAST("member-vote");

    private final String key;

    VoteFormKey(String key) {
        this.key = key;
    }

    /** The form key, as the BPMN file writes it. */
    public String key() {
        return key;
    }
}
