package org.sangsaeng.tasks;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.sangsaeng.Fixtures;

/**
 * Acts on a person's task list as tests and benchmarks drive a flow: waits for their task of a
 * form, then completes it.
 */
public final class MyTaskList {

    private MyTaskList() {}

    /** Signs the user in and waits until their task list shows a task of this form. */
    public static TaskView awaitTask(TaskInbox inbox, String user, String formKey, Duration wait) {
        return awaitTask(inbox, user, formKey, null, t -> true, wait);
    }

    /**
     * Signs the user in and waits until their task list shows a task of this form about this
     * business key for which {@code which} holds (one hire of a job, one payer of a purchase).
     */
    public static TaskView awaitTask(
            TaskInbox inbox,
            String user,
            String formKey,
            String businessKey,
            Predicate<TaskView> which,
            Duration wait) {
        Predicate<TaskView> about =
                t -> (businessKey == null || businessKey.equals(t.businessKey())) && which.test(t);
        Fixtures.signIn(user);
        await().pollInSameThread()
                .atMost(wait)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> first(inbox, formKey, about).isPresent());
        return first(inbox, formKey, about).orElseThrow();
    }

    public static void complete(
            TaskInbox inbox, String user, String formKey, Map<String, Object> form, Duration wait) {
        inbox.complete(awaitTask(inbox, user, formKey, wait).id(), form);
    }

    private static Optional<TaskView> first(
            TaskInbox inbox, String formKey, Predicate<TaskView> which) {
        return inbox.myTasks(TaskFilter.none(), 0, 100).stream()
                .filter(t -> formKey.equals(t.formKey()))
                .filter(which)
                .findFirst();
    }
}
