package org.sangsaeng.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sangsaeng.shared.ServiceUnavailableException;
import org.springframework.stereotype.Service;

/**
 * The commands other modules send to the engine. When the engine cannot take a command for a moment
 * (a broker restarting, no leader yet, a leader lost mid-command, back pressure) they throw {@link
 * ServiceUnavailableException}: the caller's transaction is rolled back and the person is asked to
 * try again.
 */
@Service
public class ProcessEngine {

    private static final Set<Status.Code> FOR_A_MOMENT =
            Set.of(
                    Status.Code.UNAVAILABLE,
                    Status.Code.DEADLINE_EXCEEDED,
                    Status.Code.RESOURCE_EXHAUSTED,
                    // In a cluster: the broker leading the command's partition went away while
                    // the gateway waited for its answer ("Connection ... was closed"), until
                    // another broker is elected (ClusterFailoverBenchmark).
                    Status.Code.ABORTED);

    /**
     * Variable every process carries so people and the audit trail can find its business object.
     */
    public static final String BUSINESS_KEY = "businessKey";

    private final CamundaClient client;
    private final EngineWrites writes;

    ProcessEngine(CamundaClient client, EngineWrites writes) {
        this.client = client;
        this.writes = writes;
    }

    /** Starts the latest deployed version of a process and returns its instance key. */
    public long start(String bpmnProcessId, String businessKey, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put(BUSINESS_KEY, businessKey);
        return send(
                () ->
                        client.newCreateInstanceCommand()
                                .bpmnProcessId(bpmnProcessId)
                                .latestVersion()
                                .variables(all)
                                .send()
                                .join()
                                .getProcessInstanceKey(),
                e -> {
                    throw translated(e);
                });
    }

    /**
     * Publishes a message to the instance waiting for it under the correlation key. The message is
     * kept for {@code timeToLive} so that an instance about to wait for it still receives it; a
     * message with the same id is published once only: false when it had been published before.
     */
    public boolean publishMessage(
            String name,
            String correlationKey,
            String messageId,
            Duration timeToLive,
            Map<String, Object> variables) {
        return send(
                () -> {
                    client.newPublishMessageCommand()
                            .messageName(name)
                            .correlationKey(correlationKey)
                            .messageId(messageId)
                            .timeToLive(timeToLive)
                            .variables(variables)
                            .send()
                            .join();
                    return true;
                },
                // The same message id again (a second click, a re-delivered job): the first one
                // counts.
                when(Status.Code.ALREADY_EXISTS, e -> false));
    }

    /** Completes a job; throws {@link StepGoneException} when the engine no longer has it. */
    public void complete(long jobKey, Map<String, Object> variables) {
        send(
                () -> client.newCompleteCommand(jobKey).variables(variables).send().join(),
                jobGone(jobKey));
    }

    /**
     * Whether a command that failed with this exception certainly did not reach the engine's log:
     * back pressure refuses a command before it is written. Any other failure (a timeout, a lost
     * connection, a leader change) may have come after the engine took it.
     */
    public static boolean certainlyNotTaken(RuntimeException e) {
        Throwable cause = e instanceof ServiceUnavailableException ? e.getCause() : e;
        return cause instanceof ClientException c && status(c) == Status.Code.RESOURCE_EXHAUSTED;
    }

    /**
     * Gives a waiting job more time, so that a task never disappears while a person has not acted.
     */
    public void extendTimeout(long jobKey, Duration timeout) {
        send(
                () -> client.newUpdateTimeoutCommand(jobKey).timeout(timeout).send().join(),
                jobGone(jobKey));
    }

    /**
     * Retries what an incident stopped, after its cause was fixed: the failed job gets its retries
     * back and the incident is resolved. False when the engine no longer has the incident (resolved
     * meanwhile, or its instance ended).
     */
    public boolean retryIncident(Long jobKey, long incidentKey, int retries) {
        return send(
                () -> {
                    if (jobKey != null) {
                        client.newUpdateRetriesCommand(jobKey).retries(retries).send().join();
                    }
                    client.newResolveIncidentCommand(incidentKey).send().join();
                    return true;
                },
                when(Status.Code.NOT_FOUND, e -> false));
    }

    /**
     * Sends a command while the engine takes writes; {@code refused} answers when the engine
     * refuses it.
     */
    private <T> T send(Supplier<T> command, Function<ClientException, T> refused) {
        boolean leave = writes.enterForCommand();
        try {
            return command.get();
        } catch (ClientException e) {
            return refused.apply(e);
        } finally {
            if (leave) {
                writes.leave();
            }
        }
    }

    /** A refusal with this status is an answer; any other is {@link #translated}. */
    private static <T> Function<ClientException, T> when(
            Status.Code status, Function<ClientException, T> answer) {
        return e -> {
            if (status(e) == status) {
                return answer.apply(e);
            }
            throw translated(e);
        };
    }

    private static <T> Function<ClientException, T> jobGone(long jobKey) {
        return when(
                Status.Code.NOT_FOUND,
                e -> {
                    throw new StepGoneException(jobKey, e);
                });
    }

    private static Status.Code status(ClientException e) {
        return e instanceof ClientStatusException s ? s.getStatusCode() : null;
    }

    /**
     * A command refused for its content stays as it is (a fault of ours); the engine being away for
     * a moment does not.
     */
    private static RuntimeException translated(ClientException e) {
        Status.Code status = status(e);
        return status == null || FOR_A_MOMENT.contains(status)
                ? new ServiceUnavailableException("engine", e)
                : e;
    }
}
