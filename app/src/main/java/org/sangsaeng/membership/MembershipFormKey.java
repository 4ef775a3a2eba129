package org.sangsaeng.membership;

/** The membership application's task forms, by the form key membership-application.bpmn names: the rules in app and the form in ui use these. */
public enum MembershipFormKey {
    REVIEW("membership-review");

    private final String key;

    MembershipFormKey(String key) {
        this.key = key;
    }

    /** The form key, as the BPMN file writes it. */
    public String key() {
        return key;
    }
}
