package org.sangsaeng.notifications;

import java.util.Map;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.tasks.TaskCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the people a new task waits for; runs in the transaction that stores the task. */
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
}
