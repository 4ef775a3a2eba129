package org.sangsaeng.oversight;

import java.time.Instant;

/**
 * One thing that happened in an instance, in the order of the audit trail: an element started or
 * ended (with how long it ran), a job or user task and who completed it, a variable set, a timer, a
 * message correlated, an incident. {@code detail} is plain text (a variable's name and value, a
 * message name, an error).
 */
public record TimelineEntry(
        int partitionId,
        long position,
        Instant at,
        Kind kind,
        String event,
        String elementId,
        String elementType,
        Long durationMs,
        String actor,
        String detail) {

    public enum Kind {
        ELEMENT,
        JOB,
        USER_TASK,
        VARIABLE,
        TIMER,
        MESSAGE,
        INCIDENT
    }
}
