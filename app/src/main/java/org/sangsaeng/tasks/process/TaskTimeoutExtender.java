package org.sangsaeng.tasks.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.sangsaeng.engine.ProcessEngine;
import org.sangsaeng.engine.StepGoneException;
import org.sangsaeng.tasks.domain.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps waiting user-task jobs activated so that a task never goes back to the engine while a
 * person has not acted, and closes tasks that the engine ended by itself. Both steps are
 * idempotent, so several app nodes may run them at the same time.
 */
@Component
class TaskTimeoutExtender {

    private static final Logger log = LoggerFactory.getLogger(TaskTimeoutExtender.class);
    private static final Duration EXTEND_WHEN_LESS_THAN = Duration.ofDays(2);

    private final Tasks tasks;
    private final ProcessEngine engine;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TaskTimeoutExtender(
            Tasks tasks, ProcessEngine engine, TransactionTemplate transactions, Clock clock) {
        this.tasks = tasks;
        this.engine = engine;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${sangsaeng.tasks.extend-interval:PT10M}",
            initialDelayString = "PT1M")
    void extendTimeouts() {
        Instant now = clock.instant();
        for (Long jobKey :
                tasks.findOpenExpiringBefore(
                        now.plus(EXTEND_WHEN_LESS_THAN), PageRequest.of(0, 500))) {
            try {
                engine.extendTimeout(jobKey, TaskInboxWorker.TASK_JOB_TIMEOUT);
                transactions.executeWithoutResult(
                        s ->
                                tasks.findById(jobKey)
                                        .ifPresent(
                                                t ->
                                                        t.extendedUntil(
                                                                now.plus(
                                                                        TaskInboxWorker
                                                                                .TASK_JOB_TIMEOUT))));
            } catch (StepGoneException e) {
                transactions.executeWithoutResult(
                        s -> tasks.closeIfOpen(jobKey, "CANCELED", null, null));
            } catch (RuntimeException e) {
                log.warn("Could not extend the timeout of task {}; will try again", jobKey, e);
            }
        }
    }

    @Scheduled(
            fixedDelayString = "${sangsaeng.tasks.reconcile-interval:PT5S}",
            initialDelayString = "PT10S")
    void closeTasksEndedInTheEngine() {
        int closed = 0;
        for (Tasks.EndedJob ended : tasks.findOpenTasksEndedInTheEngine()) {
            boolean completed =
                    "COMPLETED".equals(ended.getIntent()) && ended.getCompletedBy() != null;
            Integer n =
                    transactions.execute(
                            s ->
                                    tasks.closeIfOpen(
                                            ended.getJobKey(),
                                            completed ? "COMPLETED" : "CANCELED",
                                            completed ? ended.getCompletedBy() : null,
                                            completed ? ended.getEndedAt() : null));
            closed += n == null ? 0 : n;
        }
        if (closed > 0) {
            log.info("Closed {} tasks that the engine had ended", closed);
        }
    }
}
