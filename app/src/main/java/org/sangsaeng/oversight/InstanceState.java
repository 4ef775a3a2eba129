package org.sangsaeng.oversight;

/**
 * How a process instance stands: running, finished, stopped early, or running with an open
 * incident.
 */
public enum InstanceState {
    ACTIVE,
    COMPLETED,
    CANCELLED,
    INCIDENT
}
