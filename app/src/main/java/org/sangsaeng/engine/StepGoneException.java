package org.sangsaeng.engine;

/** The engine no longer has this job: it was completed, cancelled, or its process ended. */
public class StepGoneException extends RuntimeException {

    public StepGoneException(long jobKey, Throwable cause) {
        super("Job " + jobKey + " no longer exists in the engine", cause);
    }
}
