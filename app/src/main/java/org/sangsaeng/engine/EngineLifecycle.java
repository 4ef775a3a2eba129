package org.sangsaeng.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.Process;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobWorker;
import io.grpc.Status;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * When the app starts: waits for the engine, deploys every BPMN/DMN file of {@code processes/} (the
 * engine makes a new version of a changed file and ignores an unchanged one; running instances
 * finish on the version they started on), then opens one worker per job type.
 */
@Component
class EngineLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EngineLifecycle.class);

    private final CamundaClient client;
    private final EngineConnection connection;
    private final List<StepWorker> handlers;
    private final EngineWrites writes;
    private final boolean workersEnabled;
    private final boolean streamJobs;
    private final List<JobWorker> workers = new ArrayList<>();
    private final String node;
    private final MeterRegistry meters;
    private volatile boolean running;

    EngineLifecycle(
            CamundaClient client,
            EngineConnection connection,
            List<StepWorker> handlers,
            EngineWrites writes,
            @Value("${sangsaeng.node-name:}") String node,
            @Value("${sangsaeng.engine.workers:true}") boolean workersEnabled,
            @Value("${sangsaeng.engine.stream-jobs:false}") boolean streamJobs,
            MeterRegistry meters) {
        this.streamJobs = streamJobs;
        this.client = client;
        this.meters = meters;
        this.connection = connection;
        this.handlers = handlers;
        this.writes = writes;
        this.workersEnabled = workersEnabled;
        this.node = node.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : node;
    }

    @Override
    public void start() {
        connection.awaitReady().run();
        deployWhenPartitionsAreLed();
        if (!workersEnabled) {
            log.info(
                    "This node runs no job workers (sangsaeng.engine.workers=false): other nodes do the jobs");
            running = true;
            return;
        }
        openWorkers();
        writes.workers(this::closeWorkers, this::openWorkers);
        log.info("Opened job workers for {}", handlers.stream().map(StepWorker::jobType).toList());
        running = true;
    }

    private synchronized void openWorkers() {
        if (!workers.isEmpty()) {
            return;
        }
        for (StepWorker handler : handlers) {
            failures(handler.jobType()); // at 0 from the start, so that the first failure shows as
            // an increase
            workers.add(
                    client.newWorker()
                            .jobType(handler.jobType())
                            .handler((jobClient, job) -> run(handler, jobClient, job))
                            .timeout(handler.timeout())
                            // Jobs wait in the broker rather than in this node's queue, where their
                            // timeout runs.
                            .maxJobsActive(16)
                            // Off by default: the 8.8.14 client can stall a streaming worker for
                            // good when jobs come faster than it takes them (camunda#59633,
                            // camunda#60559, fixed in 8.8.37).
                            .streamEnabled(streamJobs)
                            // The audit trail's job records name the worker: which node did each
                            // job.
                            .name("sangsaeng-" + handler.jobType() + "@" + node)
                            .open());
        }
    }

    /**
     * No more jobs are asked for; jobs already handed to this node still run (through the gate).
     */
    private synchronized void closeWorkers() {
        workers.forEach(JobWorker::close);
        workers.clear();
    }

    /**
     * A broker that says it is ready may not yet have told its gateway which partition has a
     * leader; commands then fail with UNAVAILABLE for a moment. Deploying is retried until then.
     */
    private void deployWhenPartitionsAreLed() {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            try {
                deployProcesses();
                return;
            } catch (ClientStatusException e) {
                boolean retryable =
                        e.getStatusCode() == Status.Code.UNAVAILABLE
                                || e.getStatusCode() == Status.Code.RESOURCE_EXHAUSTED
                                || e.getStatusCode() == Status.Code.DEADLINE_EXCEEDED;
                if (!retryable || System.nanoTime() > deadline) {
                    throw e;
                }
                log.info(
                        "The engine is not ready for commands yet ({}); trying again",
                        e.getStatusCode());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private void deployProcesses() {
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver()
                            .getResources("classpath*:processes/*.{bpmn,dmn}");
            if (resources.length == 0) {
                resources =
                        new PathMatchingResourcePatternResolver()
                                .getResources("classpath*:processes/*.bpmn");
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    files.put(resource.getFilename(), in.readAllBytes());
                }
            }
            if (files.isEmpty()) {
                throw new IllegalStateException(
                        "No process files found under processes/ on the class path");
            }
            log.info(
                    "Deployed processes {}",
                    deployEach(client, files).stream()
                            .map(p -> p.getBpmnProcessId() + " v" + p.getVersion())
                            .toList());
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the process files", e);
        }
    }

    /**
     * Deploys each file in a deployment of its own. Since Zeebe 8.6 a deployment of several files
     * makes a new version of every one of them when any one has changed (camunda/camunda#19859, for
     * call activities bound to their deployment): a release that changes one process would give all
     * of them new versions, and a version would no longer tell what changed. One file per
     * deployment keeps an unchanged file a duplicate of its latest version, on 8.5 and 8.6 alike.
     * Our call activities use the default binding (the latest version), so nothing needs them
     * deployed together. Running instances keep the version they started on either way.
     */
    static List<Process> deployEach(CamundaClient client, Map<String, byte[]> files) {
        List<Process> deployed = new ArrayList<>();
        files.forEach(
                (name, bytes) ->
                        deployed.addAll(
                                client.newDeployResourceCommand()
                                        .addResourceBytes(bytes, name)
                                        .send()
                                        .join()
                                        .getProcesses()));
        return deployed;
    }

    private void run(StepWorker handler, JobClient jobClient, ActivatedJob job) {
        writes.enter();
        try {
            runInGate(handler, jobClient, job);
        } finally {
            writes.leave();
        }
    }

    /**
     * Runs the handler and completes the job, timing each part ({@code sangsaeng.jobs.wait}, {@code
     * .handle}, {@code .complete}, tagged with the job type). The job type is in the log context
     * ({@code jobType}) while the handler runs.
     */
    private void runInGate(StepWorker handler, JobClient jobClient, ActivatedJob job) {
        long started = System.nanoTime();
        // The broker sets the deadline to its activation time plus the worker's timeout.
        long activatedAt = job.getDeadline() - handler.timeout().toMillis();
        timer("wait", "From the broker's activation of a job to its handler starting", job)
                .record(
                        Math.max(0, System.currentTimeMillis() - activatedAt),
                        TimeUnit.MILLISECONDS);
        try (var context = MDC.putCloseable(StepWorker.LOG_JOB_TYPE, job.getType())) {
            var variables = handler.handle(job);
            long handled = System.nanoTime();
            timer("handle", "A job's handler: its transaction and what it sends", job)
                    .record(handled - started, TimeUnit.NANOSECONDS);
            if (handler.completesJob()) {
                jobClient.newCompleteCommand(job.getKey()).variables(variables).send().join();
                timer("complete", "The complete command's round trip to the broker", job)
                        .record(System.nanoTime() - handled, TimeUnit.NANOSECONDS);
            }
        } catch (RuntimeException e) {
            log.warn(
                    "Job {} of type {} failed; {} retries left",
                    job.getKey(),
                    job.getType(),
                    job.getRetries() - 1,
                    e);
            failures(job.getType()).increment();
            jobClient
                    .newFailCommand(job.getKey())
                    .retries(Math.max(job.getRetries() - 1, 0))
                    .errorMessage(String.valueOf(e.getMessage()))
                    .send()
                    .join();
        }
    }

    private Timer timer(String part, String description, ActivatedJob job) {
        return Timer.builder("sangsaeng.jobs." + part)
                .description(description)
                .tag("type", job.getType())
                .register(meters);
    }

    /**
     * {@code sangsaeng_jobs_failed_total{type}}: a worker's failures (not business errors), each
     * retry counted.
     */
    private Counter failures(String jobType) {
        return Counter.builder("sangsaeng.jobs.failed")
                .description(
                        "Jobs a worker of this node failed (an exception; the engine retries or raises an incident)")
                .tag("type", jobType)
                .register(meters);
    }

    @Override
    public void stop() {
        closeWorkers();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
