package org.sangsaeng.governance;

/** The co-op proposal's task forms, by the form key coop-proposal.bpmn names: the rules in app and the form in ui use these. */
public enum ProposalFormKey {
    REVIEW("coop-proposal-review");

    private final String key;

    ProposalFormKey(String key) {
        this.key = key;
    }

    /** The form key, as the BPMN file writes it. */
    public String key() {
        return key;
    }
}
