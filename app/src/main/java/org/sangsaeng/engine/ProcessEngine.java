package org.sangsaeng.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The commands other modules send to the engine. */
@Service
public class ProcessEngine {

    /** Variable every process carries so people and the audit trail can find its business object. */
    public static final String BUSINESS_KEY = "businessKey";

    private final CamundaClient client;

    ProcessEngine(CamundaClient client) {
        this.client = client;
    }

    /** Starts the latest deployed version of a process and returns its instance key. */
    public long start(String bpmnProcessId, String businessKey, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put(BUSINESS_KEY, businessKey);
        return client.newCreateInstanceCommand()
                .bpmnProcessId(bpmnProcessId)
                .latestVersion()
                .variables(all)
                .send()
                .join()
                .getProcessInstanceKey();
    }

    /**
     * Publishes a message to the instance waiting for it under the correlation key. The message is
     * kept for {@code timeToLive} so that an instance about to wait for it still receives it; a
     * message with the same id is published once only: false when it had been published before.
     */
    public boolean publishMessage(String name, String correlationKey, String messageId, Duration timeToLive,
                                  Map<String, Object> variables) {
        try {
            client.newPublishMessageCommand().messageName(name).correlationKey(correlationKey).messageId(messageId)
                    .timeToLive(timeToLive).variables(variables).send().join();
            return true;
        } catch (ClientStatusException e) {
            // The same message id again (a second click, a re-delivered job): the first one counts.
            if (e.getStatusCode() == Status.Code.ALREADY_EXISTS) {
                return false;
            }
            throw e;
        }
    }

    /** Completes a job; throws {@link JobNotFoundException} when the engine no longer has it. */
    public void complete(long jobKey, Map<String, Object> variables) {
        try {
            client.newCompleteCommand(jobKey).variables(variables).send().join();
        } catch (ClientStatusException e) {
            if (e.getStatusCode() == Status.Code.NOT_FOUND) {
                throw new JobNotFoundException(jobKey, e);
            }
            throw e;
        }
    }

    /** Gives a waiting job more time, so that a task never disappears while a person has not acted. */
    public void extendTimeout(long jobKey, Duration timeout) {
        try {
            client.newUpdateTimeoutCommand(jobKey).timeout(timeout).send().join();
        } catch (ClientStatusException e) {
            if (e.getStatusCode() == Status.Code.NOT_FOUND) {
                throw new JobNotFoundException(jobKey, e);
            }
            throw e;
        }
    }
}
