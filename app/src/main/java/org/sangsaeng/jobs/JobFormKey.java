package org.sangsaeng.jobs;

/** The talent-trading task forms, by the form key job-matching.bpmn and job-offer.bpmn name: the rules in app and the form in ui use these. */
public enum JobFormKey {
    POST_REVIEW("job-post-review"),
    POST_REVISE("job-post-revise"),
    POST_UNFILLED("job-post-unfilled"),
    OFFER_ANSWER("job-offer-answer"),
    CONFIRM("job-confirm"),
    DISPUTE("job-dispute");

    private final String key;

    JobFormKey(String key) {
        this.key = key;
    }

    /** The form key, as the BPMN file writes it. */
    public String key() {
        return key;
    }
}
