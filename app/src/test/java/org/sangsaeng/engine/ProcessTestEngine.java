package org.sangsaeng.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.StreamSupport;
import org.sangsaeng.db.FreePorts;

/**
 * Zeebe's in-memory engine with our BPMN files deployed and a client, for process tests that play
 * the workers and people themselves. One per test: tests move its clock.
 */
public final class ProcessTestEngine implements AutoCloseable {

    private static final Set<BpmnElementType> NOT_STEPS =
            Set.of(
                    BpmnElementType.SEQUENCE_FLOW,
                    BpmnElementType.START_EVENT,
                    BpmnElementType.EXCLUSIVE_GATEWAY,
                    BpmnElementType.MULTI_INSTANCE_BODY);

    private final ZeebeTestEngine engine;
    private final CamundaClient client;
    private Duration shifted = Duration.ZERO;

    public ProcessTestEngine(String... processFiles) throws IOException {
        int port = FreePorts.one();
        engine = EngineFactory.create(port);
        engine.start();
        client =
                CamundaClient.newClientBuilder()
                        .grpcAddress(URI.create("http://127.0.0.1:" + port))
                        .restAddress(URI.create("http://127.0.0.1:1"))
                        .preferRestOverGrpc(false)
                        // Two busy cores in CI: give the engine time rather than fail a test on a
                        // slow answer.
                        .defaultRequestTimeout(Duration.ofSeconds(60))
                        .build();
        for (String file : processFiles) {
            Path bpmn =
                    Path.of(System.getProperty("sangsaeng.project.root", ".."), "processes", file);
            client.newDeployResourceCommand().addResourceFile(bpmn.toString()).send().join();
        }
        try {
            engine.waitForIdleState(Duration.ofSeconds(30));
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException(
                    "The in-memory engine did not settle after deployment", e);
        }
    }

    public CamundaClient client() {
        return client;
    }

    public long start(String processId, Map<String, Object> variables) {
        return client.newCreateInstanceCommand()
                .bpmnProcessId(processId)
                .latestVersion()
                .variables(variables)
                .send()
                .join()
                .getProcessInstanceKey();
    }

    public void increaseTime(Duration duration) {
        engine.increaseTime(duration);
        shifted = shifted.plus(duration);
    }

    /**
     * A time {@code fromNow} after the engine's now (which tests move), to the second, as the
     * services write due times.
     */
    public String inEngineTime(Duration fromNow) {
        return Instant.now().plus(shifted).plus(fromNow).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * The reminder and escalation pattern (processes/README.md) on an open user task due {@code
     * dueIn} from the engine's now: no reminder until {@code lead} before the due time, then a
     * {@code task-remind} naming the task; no escalation until the due time, then a {@code
     * task-escalate} naming the task and {@code escalateTo}. Both are worked; the task stays open,
     * so the test can show that a late completion still counts.
     */
    public void remindsThenEscalates(
            String taskElementId, Duration dueIn, Duration lead, String escalateTo)
            throws Exception {
        Duration hour = Duration.ofHours(1);
        increaseTime(dueIn.minus(lead).minus(hour));
        assertThat(activate("task-remind"))
                .as("no reminder for %s before its time", taskElementId)
                .isEmpty();
        increaseTime(hour.multipliedBy(2));
        ActivatedJob remind = single("task-remind");
        assertThat(remind.getCustomHeaders())
                .as("the reminder")
                .containsEntry("taskElementId", taskElementId);
        complete(remind, Map.of());

        increaseTime(lead.minus(hour.multipliedBy(2)));
        assertThat(activate("task-escalate")).as("%s not overdue yet", taskElementId).isEmpty();
        increaseTime(hour.multipliedBy(2));
        ActivatedJob escalate = single("task-escalate");
        assertThat(escalate.getCustomHeaders())
                .as("the escalation")
                .containsEntry("taskElementId", taskElementId)
                .containsEntry("escalateTo", escalateTo);
        complete(escalate, Map.of());
        assertThat(activate("task-remind")).as("one reminder only").isEmpty();
    }

    public List<ActivatedJob> activate(String type) throws Exception {
        engine.waitForIdleState(Duration.ofSeconds(5));
        return client.newActivateJobsCommand()
                .jobType(type)
                .maxJobsToActivate(50)
                .timeout(Duration.ofMinutes(1))
                .send()
                .join()
                .getJobs();
    }

    public ActivatedJob single(String type) throws Exception {
        List<ActivatedJob> jobs = activate(type);
        assertThat(jobs).as("jobs of type %s; incidents: %s", type, incidents()).hasSize(1);
        return jobs.getFirst();
    }

    public void complete(ActivatedJob job, Map<String, Object> variables) {
        client.newCompleteCommand(job.getKey()).variables(variables).send().join();
    }

    public List<String> incidents() {
        return StreamSupport.stream(
                        engine.getRecordStreamSource().getRecords().spliterator(), false)
                .filter(r -> r.getValue() instanceof IncidentRecordValue)
                .map(r -> ((IncidentRecordValue) r.getValue()).getErrorMessage())
                .toList();
    }

    /** The steps (tasks, events, the process itself) the instance completed, in order. */
    @SuppressWarnings("unchecked")
    public List<String> completedElements(long instance) throws Exception {
        engine.waitForIdleState(Duration.ofSeconds(5));
        return StreamSupport.stream(
                        engine.getRecordStreamSource().getRecords().spliterator(), false)
                .filter(r -> r.getValue() instanceof ProcessInstanceRecordValue)
                .map(r -> (Record<ProcessInstanceRecordValue>) r)
                .filter(r -> r.getValue().getProcessInstanceKey() == instance)
                .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED)
                .filter(r -> !NOT_STEPS.contains(r.getValue().getBpmnElementType()))
                .map(r -> r.getValue().getElementId())
                .toList();
    }

    @Override
    public void close() {
        client.close();
        engine.stop();
    }
}
