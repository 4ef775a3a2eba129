package org.sangsaeng.notifications;

import java.util.Map;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.tasks.TaskAnswerNotTaken;
import org.sangsaeng.tasks.TaskCreated;
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
            notifications.send(
                    new Notice(
                            userId,
                            Template.TASK_ASSIGNED,
                            Map.of("task", new Localized(task.nameKey())),
                            "tasks/" + task.taskId(),
                            task.coopId(),
                            false,
                            "task-created:" + task.taskId()));
        }
    }

    @EventListener
    void on(TaskAnswerNotTaken answer) {
        notifications.send(
                new Notice(
                        directory.userId(answer.username()),
                        Template.TASK_NOT_TAKEN,
                        Map.of("task", new Localized(answer.nameKey())),
                        "tasks/" + answer.taskId(),
                        answer.coopId(),
                        false,
                        "task-not-taken:" + answer.taskId()));
    }
}
