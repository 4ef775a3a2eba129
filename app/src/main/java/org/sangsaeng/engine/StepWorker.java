package org.sangsaeng.engine;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A job worker: a Spring bean of this type is subscribed to its job type when the app starts. Zeebe
 * delivers a job at least once, so {@link #handle} must be idempotent.
 */
public interface StepWorker {

    /** The log context's key for the type of the job a worker thread is doing. */
    String LOG_JOB_TYPE = "jobType";

    String jobType();

    /**
     * Does the work and returns the variables to complete the job with. A business outcome (a
     * supplier who refuses, a vote that fails) is a variable the process model's gateways read; an
     * exception is a technical failure: the job is retried and, when its retries are spent, becomes
     * an incident that reaches the admin and the co-op's leader.
     */
    Map<String, Object> handle(ActivatedJob job);

    /** How long the engine waits before handing the job to another worker. */
    default Duration timeout() {
        return Duration.ofMinutes(1);
    }

    /**
     * False for jobs that stay open until a person acts (user tasks): handle() only records them.
     */
    default boolean completesJob() {
        return true;
    }

    /** A worker that completes the job with the variables its work returns. */
    static StepWorker producing(String jobType, Function<ActivatedJob, Map<String, Object>> work) {
        return new StepWorker() {
            @Override
            public String jobType() {
                return jobType;
            }

            @Override
            public Map<String, Object> handle(ActivatedJob job) {
                return work.apply(job);
            }
        };
    }

    /** A worker that does its work and completes the job with no new variables. */
    static StepWorker of(String jobType, Consumer<ActivatedJob> work) {
        return producing(
                jobType,
                job -> {
                    work.accept(job);
                    return Map.of();
                });
    }

    /**
     * A worker that reads the job's variables as a record of {@code type} and completes the job
     * with the variables its work returns.
     */
    static <V> StepWorker producing(
            String jobType, Class<V> type, Function<V, Map<String, Object>> work) {
        return producing(jobType, job -> work.apply(job.getVariablesAsType(type)));
    }

    /**
     * A worker that reads the job's variables as a record of {@code type}, does its work and
     * completes the job with no new variables.
     */
    static <V> StepWorker of(String jobType, Class<V> type, Consumer<V> work) {
        return of(jobType, job -> work.accept(job.getVariablesAsType(type)));
    }
}
