package org.sangsaeng.oversight;

/** How often one BPMN element ran in an instance: finished, stopped, and still running now. */
public record ElementRuns(String elementId, int completed, int terminated, int active) {

    public int total() {
        return completed + terminated + active;
    }
}
