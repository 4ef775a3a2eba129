package org.sangsaeng.tasks.process;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.sangsaeng.engine.ProcessEngine;
import org.sangsaeng.engine.StepWorker;
import org.sangsaeng.tasks.TaskCreated;
import org.sangsaeng.tasks.domain.Tasks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns user-task jobs (the job-worker implementation of BPMN user tasks) into task rows. The job
 * stays activated, with a long timeout that {@link TaskTimeoutExtender} keeps extending, until a
 * person completes the task.
 */
@Component
class TaskInboxWorker implements StepWorker {

    static final String USER_TASK_JOB_TYPE = "io.camunda.zeebe:userTask";
    static final Duration TASK_JOB_TIMEOUT = Duration.ofDays(7);

    private final Tasks tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskInboxWorker(Tasks tasks, ApplicationEventPublisher events, Clock clock) {
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String jobType() {
        return USER_TASK_JOB_TYPE;
    }

    @Override
    public Duration timeout() {
        return TASK_JOB_TIMEOUT;
    }

    @Override
    public boolean completesJob() {
        return false;
    }

    @Override
    @Transactional
    public Map<String, Object> handle(ActivatedJob job) {
        Map<String, String> headers = job.getCustomHeaders();
        Map<String, Object> variables = job.getVariablesAsMap();
        Instant now = clock.instant();
        int written =
                tasks.upsert(
                        job.getKey(),
                        job.getProcessInstanceKey(),
                        job.getBpmnProcessId(),
                        job.getElementId(),
                        headers.get("io.camunda.zeebe:formKey"),
                        blankToNull(headers.get("io.camunda.zeebe:assignee")),
                        stringOrNull(variables.get(ProcessEngine.BUSINESS_KEY)),
                        longOrNull(variables.get("coopId")),
                        instantOrNull(headers.get("io.camunda.zeebe:dueDate")),
                        now,
                        Instant.ofEpochMilli(job.getDeadline()),
                        job.getVariables());
        String[] groups = candidateGroups(headers.get("io.camunda.zeebe:candidateGroups"));
        for (String group : groups) {
            tasks.addCandidateGroup(job.getKey(), group);
        }
        tasks.showInLists(job.getKey());
        // MariaDB counts 1 for a new row, 2 or 0 for a re-delivered job: only a new task is
        // announced.
        if (written == 1) {
            events.publishEvent(
                    new TaskCreated(
                            job.getKey(),
                            job.getBpmnProcessId(),
                            job.getElementId(),
                            blankToNull(headers.get("io.camunda.zeebe:assignee")),
                            Set.of(groups),
                            longOrNull(variables.get("coopId"))));
        }
        return Map.of();
    }

    /** The engine sends candidate groups as a JSON array of strings. */
    static String[] candidateGroups(String header) {
        if (header == null || header.isBlank()) {
            return new String[0];
        }
        String inner = header.trim();
        if (inner.startsWith("[")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        return Arrays.stream(inner.split(","))
                .map(s -> s.trim().replaceAll("^\"|\"$", ""))
                .filter(s -> !s.isEmpty())
                .toArray(String[]::new);
    }

    private static Instant instantOrNull(String value) {
        return value == null || value.isBlank() ? null : ZonedDateTime.parse(value).toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String stringOrNull(Object value) {
        return value == null ? null : value.toString();
    }

    private static Long longOrNull(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
