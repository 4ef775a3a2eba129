package org.sangsaeng.engine;

/** A business failure that the process model handles with an error boundary event of this code. */
public class BpmnError extends RuntimeException {

    private final String code;

    public BpmnError(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
