package org.sangsaeng.tasks;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.sangsaeng.Fixtures;

/**
 * Acts on a person's task list as tests and benchmarks drive a flow: waits for their task of a
 * form, then completes it.
 */
public final class MyTaskList {

    private MyTaskList() {}

    /** Signs the user in and waits until their task list shows a task of this form. */
    public static TaskView awaitTask(TaskInbox inbox, String user, String formKey, Duration wait) {
        Fixtures.signIn(user);
        await().pollInSameThread()
                .atMost(wait)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> first(inbox, formKey).isPresent());
        return first(inbox, formKey).orElseThrow();
    }

    public static void complete(
            TaskInbox inbox, String user, String formKey, Map<String, Object> form, Duration wait) {
        inbox.complete(awaitTask(inbox, user, formKey, wait).id(), form);
    }

    private static Optional<TaskView> first(TaskInbox inbox, String formKey) {
        return inbox.myTasks(TaskFilter.none(), 0, 100).stream()
                .filter(t -> formKey.equals(t.formKey()))
                .findFirst();
    }
}
