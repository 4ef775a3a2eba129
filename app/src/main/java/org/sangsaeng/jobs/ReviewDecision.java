package org.sangsaeng.jobs;

import org.sangsaeng.shared.InvalidInputException;

/**
 * The reviewer's decision on a job post, as job-matching.bpmn's {@code reviewDecision} variable
 * holds it (the enum's name): approve, ask for changes saying what, or reject saying why.
 */
public enum ReviewDecision {
    APPROVE,
    CHANGES,
    REJECT;

    /**
     * The decision a form or a client sent, by its exact name; anything else, or nothing, is
     * refused asking for a decision.
     */
    public static ReviewDecision of(Object value) {
        if (value instanceof ReviewDecision decision) {
            return decision;
        }
        for (ReviewDecision decision : values()) {
            if (decision.name().equals(value)) {
                return decision;
            }
        }
        throw new InvalidInputException("error.job.decisionRequired");
    }
}
