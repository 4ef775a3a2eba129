package org.sangsaeng.notifications.process;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.notifications.Localized;
import org.sangsaeng.notifications.Notice;
import org.sangsaeng.notifications.NotificationService;
import org.sangsaeng.notifications.Template;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.tasks.TaskDetails;
import org.sangsaeng.tasks.TaskInbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminder and escalation pattern that every process uses (see processes/README.md):
 * non-interrupting timer boundary events on a user task lead to a {@code task-remind} service task
 * before the due date and a {@code task-escalate} service task after it. Both name the user task in
 * the header {@code taskElementId}; escalation names who to tell in {@code escalateTo}, a candidate
 * group in which {@code {variable}} is filled from the process (e.g. {@code coop:{coopId}:leader}).
 */
@Component
class TaskReminderWorkers {

    static final String REMIND = "task-remind";
    static final String ESCALATE = "task-escalate";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final TaskInbox inbox;
    private final MemberDirectory directory;
    private final NotificationService notifications;

    TaskReminderWorkers(
            TaskInbox inbox, MemberDirectory directory, NotificationService notifications) {
        this.inbox = inbox;
        this.directory = directory;
        this.notifications = notifications;
    }

    /** Reminds only those who still have the task open: a completed task has no open row. */
    @Transactional
    public void remind(ActivatedJob job) {
        tell(
                job,
                task -> directory.userIds(task.assignee(), task.candidateGroups()),
                Template.TASK_REMINDER,
                false,
                "task-reminder:");
    }

    /**
     * Tells the escalation group that a task is overdue; urgent, so quiet hours do not hold it
     * back.
     */
    @Transactional
    public void escalate(ActivatedJob job) {
        String group = fill(job.getCustomHeaders().get("escalateTo"), job.getVariablesAsMap());
        tell(
                job,
                task -> directory.userIds(null, Set.of(group)),
                Template.TASK_ESCALATED,
                true,
                "task-escalated:");
    }

    /** Sends each of the job's open tasks, with its due time, to the people {@code whom} names. */
    private void tell(
            ActivatedJob job,
            Function<TaskDetails, Set<Long>> whom,
            Template template,
            boolean urgent,
            String keyPrefix) {
        for (TaskDetails task : openTasks(job)) {
            for (long userId : whom.apply(task)) {
                notifications.send(
                        new Notice(
                                userId,
                                template,
                                Map.of("task", new Localized(task.nameKey()), "due", due(task)),
                                "tasks/" + task.id(),
                                task.coopId(),
                                urgent,
                                keyPrefix + job.getKey()));
            }
        }
    }

    /**
     * The open tasks the timer is about. In a multi-instance subprocess (one settlement per payer,
     * one confirmation per hire) each instance has its own timers: the header {@code sameVariable}
     * names the instance's input element, and only the task of that instance is meant, not its
     * siblings'.
     */
    private List<TaskDetails> openTasks(ActivatedJob job) {
        List<TaskDetails> open = inbox.openTasksOf(job.getProcessInstanceKey(), taskElementId(job));
        String same = job.getCustomHeaders().get("sameVariable");
        if (same == null || same.isBlank()) {
            return open;
        }
        String mine = String.valueOf(job.getVariablesAsMap().get(same));
        return open.stream()
                .filter(t -> mine.equals(String.valueOf(t.variables().get(same))))
                .toList();
    }

    private static String taskElementId(ActivatedJob job) {
        String id = job.getCustomHeaders().get("taskElementId");
        if (id == null || id.isBlank()) {
            throw new IllegalStateException(
                    "Header taskElementId is missing on " + job.getElementId());
        }
        return id;
    }

    static String fill(String pattern, Map<String, Object> variables) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalStateException("Header escalateTo is missing");
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out, Matcher.quoteReplacement(String.valueOf(variables.get(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String due(TaskDetails task) {
        Instant due = task.dueAt();
        return due == null
                ? "-"
                : ZonedDateTime.ofInstant(due, MarketTime.ZONE)
                        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }
}
