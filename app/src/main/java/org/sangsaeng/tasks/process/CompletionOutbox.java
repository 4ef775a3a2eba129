package org.sangsaeng.tasks.process;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.sangsaeng.engine.ProcessEngine;
import org.sangsaeng.engine.StepGoneException;
import org.sangsaeng.engine.UserTaskForm;
import org.sangsaeng.tasks.TaskAnswerNotTaken;
import org.sangsaeng.tasks.TaskStatus;
import org.sangsaeng.tasks.domain.Task;
import org.sangsaeng.tasks.domain.TaskCompletions;
import org.sangsaeng.tasks.domain.TaskCompletions.Claimed;
import org.sangsaeng.tasks.domain.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command outbox of the task inbox: a person's answer and the command that completes the task's
 * job commit together ({@link #add}); the command is stored already leased to this node and sent by
 * a sender thread right after that commit (no claim of its own: one transaction less per answer).
 * Pending commands whose lease ran out (the app died, the broker was away) are sent by {@link
 * #sendDue} on every node: it claims a row with {@code FOR UPDATE SKIP LOCKED} and a new lease, so
 * two nodes never send the same command at once.
 *
 * <p>When the broker answers NOT_FOUND, the job is gone: completed by an earlier try of ours, or
 * ended by the process (a deadline, a cancellation). A try that nothing before it may have done
 * (the row was not in doubt) settles it at once: the answer was not taken. After a try in doubt (it
 * timed out, the app died while sending) the audit trail tells: a COMPLETED job was ours (only this
 * command completes a task's job), any other end means the answer was not taken; while the exporter
 * has not written the end yet, the row waits for the next round.
 */
@Component
public class CompletionOutbox {

    private static final Logger log = LoggerFactory.getLogger(CompletionOutbox.class);

    /**
     * Rounds of waiting for the audit trail after which a job gone after a doubtful try counts as
     * done.
     */
    static final int AUDIT_ROUNDS = 20;

    private final TaskCompletions completions;
    private final Tasks tasks;
    private final ProcessEngine engine;
    private final Map<String, UserTaskForm> forms;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration lease;
    private final ExecutorService senders;

    CompletionOutbox(
            TaskCompletions completions,
            Tasks tasks,
            ProcessEngine engine,
            List<UserTaskForm> forms,
            ApplicationEventPublisher events,
            JsonMapper json,
            PlatformTransactionManager transactionManager,
            Clock clock,
            @Value("${sangsaeng.tasks.completion.lease:PT1M}") Duration lease,
            @Value("${sangsaeng.tasks.completion.senders:4}") int senders) {
        // Claims and settlements are short transactions of their own, without gap locks that new
        // commands' inserts would wait for.
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.completions = completions;
        this.tasks = tasks;
        this.engine = engine;
        this.forms = UserTaskForm.byKey(forms);
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.lease = lease;
        this.senders =
                Executors.newFixedThreadPool(
                        senders,
                        Thread.ofPlatform().name("task-completion-", 0).daemon().factory());
    }

    /**
     * Stores the command that completes this task's job with these variables, in the caller's
     * transaction (the one that stores the answer), and sends it once that transaction has
     * committed.
     */
    public void add(long jobKey, Map<String, Object> variables, String completedBy) {
        Instant now = clock.instant();
        Claimed first =
                completions.add(
                        jobKey,
                        json.writeValueAsString(variables),
                        completedBy,
                        now,
                        now.plus(lease));
        TransactionSynchronizationManager.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        try {
                            senders.execute(() -> sendFirstTry(first));
                        } catch (RejectedExecutionException e) {
                            // Shutting down: the command waits in the table for the next start.
                        }
                    }
                });
    }

    private void sendFirstTry(Claimed first) {
        try {
            send(first);
        } catch (RuntimeException e) {
            log.warn(
                    "Could not send the completion of job {}; it is sent again later",
                    first.jobKey(),
                    e);
        }
    }

    /** Sends the pending commands whose lease has run out, in rounds of 50 claimed rows. */
    @Scheduled(
            fixedDelayString = "${sangsaeng.tasks.completion.retry-interval:PT1S}",
            initialDelayString = "${sangsaeng.tasks.completion.retry-delay:PT5S}")
    public void sendDue() {
        List<Claimed> claimed;
        do {
            Instant now = clock.instant();
            claimed = transactions.execute(s -> completions.claimDue(now, now.plus(lease), 50));
            if (claimed == null) {
                return;
            }
            claimed.forEach(this::send);
        } while (claimed.size() == 50);
    }

    private void send(Claimed c) {
        // A claim whose lease runs out before the broker could answer may be taken over: leave it.
        if (clock.instant().plus(lease.dividedBy(2)).isAfter(c.leaseUntil())) {
            return;
        }
        try {
            engine.complete(c.jobKey(), variables(c.variables()));
            // One UPDATE of one row by its key, committed by itself: no transaction around it.
            completions.done(c, clock.instant(), null);
        } catch (StepGoneException e) {
            transactions.executeWithoutResult(s -> settleGone(c, s));
        } catch (RuntimeException e) {
            Instant retryAt =
                    clock.instant().plusSeconds(Math.min(30, 1L << Math.min(c.attempt(), 5)));
            boolean inDoubt = c.inDoubt() || !ProcessEngine.certainlyNotTaken(e);
            transactions.executeWithoutResult(
                    s -> completions.retryLater(c, inDoubt, retryAt, e.toString()));
            log.info(
                    "Completion of job {} not sent (try {}): {}; next try at {}",
                    c.jobKey(),
                    c.attempt(),
                    e.getMessage(),
                    retryAt);
        }
    }

    /** The broker no longer has the job: see the class comment for how that is settled. */
    private void settleGone(Claimed c, TransactionStatus transaction) {
        Instant now = clock.instant();
        if (c.inDoubt()) {
            String end = completions.endInTheEngine(c.jobKey()).orElse(null);
            if ("COMPLETED".equals(end) || (end == null && c.attempt() >= AUDIT_ROUNDS)) {
                completions.done(c, now, "NOT_FOUND after a try in doubt; job end: " + end);
                return;
            }
            if (end == null) {
                completions.retryLater(
                        c, true, now.plusSeconds(1), "NOT_FOUND, job end not audited yet");
                return;
            }
        }
        Task task = tasks.findForUpdate(c.jobKey()).orElse(null);
        boolean completed = task != null && task.getStatus() == TaskStatus.COMPLETED;
        UserTaskForm form = completed ? forms.get(task.getFormKey()) : null;
        if (form != null && !form.notTaken(task.getCompletedBy(), variables(task.getVariables()))) {
            // Its module had used the answer already (a vote counted the ballot): it stands.
            completions.done(c, now, "NOT_FOUND; the answer had been used already");
            return;
        }
        if (completions.notTaken(c, now) == 0) {
            // Another sender settled it meanwhile: nothing of this round stays.
            transaction.setRollbackOnly();
            return;
        }
        if (completed) {
            task.notTaken();
            events.publishEvent(
                    new TaskAnswerNotTaken(
                            task.getJobKey(),
                            task.getBpmnProcessId(),
                            task.getElementId(),
                            task.getCompletedBy(),
                            task.getCoopId()));
            log.info(
                    "The answer to task {} was not taken: the engine no longer had it", c.jobKey());
        }
    }

    private Map<String, Object> variables(String variablesJson) {
        return json.readValue(variablesJson, new TypeReference<Map<String, Object>>() {});
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }
}
