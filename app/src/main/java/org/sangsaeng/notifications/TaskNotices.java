package org.sangsaeng.notifications;

import java.util.Map;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.tasks.TaskAnswerNotTaken;
import org.sangsaeng.tasks.TaskCreated;
import org.sangsaeng.tasks.TaskEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people a new task waits for, and a person whose answer to a task was not taken; runs in
 * the transaction that stores the task or marks the answer.
 */
@Component
class TaskNotices {

    private final NotificationService notifications;
    private final MemberDirectory directory;

    TaskNotices(NotificationService notifications, MemberDirectory directory) {
        this.notifications = notifications;
        this.directory = directory;
    }

    @EventListener
    void on(TaskCreated task) {
        for (long userId : directory.userIds(task.assignee(), task.candidateGroups())) {
            tell(userId, Template.TASK_ASSIGNED, task, "task-created:");
        }
    }

    @EventListener
    void on(TaskAnswerNotTaken answer) {
        tell(
                directory.userId(answer.username()),
                Template.TASK_NOT_TAKEN,
                answer,
                "task-not-taken:");
    }

    /**
     * Tells one person about the task, linking to it; once only per task and {@code dedupPrefix}.
     */
    private void tell(long userId, Template template, TaskEvent task, String dedupPrefix) {
        notifications.send(
                new Notice(
                        userId,
                        template,
                        Map.of("task", new Localized(task.nameKey())),
                        "tasks/" + task.taskId(),
                        task.coopId(),
                        false,
                        dedupPrefix + task.taskId()));
    }
}
