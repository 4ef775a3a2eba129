package org.sangsaeng.notifications.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.notifications.Notice;
import org.sangsaeng.notifications.NotificationService;
import org.sangsaeng.tasks.TaskInbox;
import org.sangsaeng.tasks.TaskStatus;
import org.sangsaeng.tasks.TaskView;

/**
 * In a settlement of three payers each payer's timers fire on their own: the leader is reminded of
 * that payer's confirmation only, not of every payer's whose confirmation is open.
 */
class TaskReminderWorkersTests {

    static final long INSTANCE = 42;
    static final long LEADER = 7;

    final TaskInbox inbox = mock(TaskInbox.class);
    final MemberDirectory directory = mock(MemberDirectory.class);
    final NotificationService notifications = mock(NotificationService.class);
    final List<Notice> sent = new ArrayList<>();
    final TaskReminderWorkers workers = new TaskReminderWorkers(inbox, directory, notifications);

    TaskReminderWorkersTests() {
        when(inbox.openTasksOf(INSTANCE, "ConfirmPaymentTask"))
                .thenReturn(
                        List.of(
                                receipt(1, "kim.bakery"),
                                receipt(2, "park.butcher"),
                                receipt(3, "lee.banchan")));
        when(directory.userIds(any(), eq(Set.of("coop:3:leader")))).thenReturn(Set.of(LEADER));
        when(directory.userIds(eq(null), eq(Set.of("foundation")))).thenReturn(Set.of(99L));
        doAnswer(call -> sent.add(call.getArgument(0))).when(notifications).send(any());
    }

    @Test
    void aPayersReminderNamesThatPayersConfirmationOnly() {
        workers.remind(
                job(
                        Map.of("taskElementId", "ConfirmPaymentTask", "sameVariable", "payer"),
                        "park.butcher"));
        assertThat(sent)
                .singleElement()
                .satisfies(
                        n -> {
                            assertThat(n.recipientId()).isEqualTo(LEADER);
                            assertThat(n.link()).isEqualTo("tasks/2");
                        });
    }

    @Test
    void aPayersEscalationNamesThatPayersConfirmationOnly() {
        workers.escalate(
                job(
                        Map.of(
                                "taskElementId",
                                "ConfirmPaymentTask",
                                "sameVariable",
                                "payer",
                                "escalateTo",
                                "foundation"),
                        "lee.banchan"));
        assertThat(sent).singleElement().satisfies(n -> assertThat(n.link()).isEqualTo("tasks/3"));
    }

    @Test
    void withoutSameVariableEveryOpenTaskOfTheElementIsMeant() {
        workers.remind(job(Map.of("taskElementId", "ConfirmPaymentTask"), "park.butcher"));
        assertThat(sent).extracting(Notice::link).containsExactly("tasks/1", "tasks/2", "tasks/3");
    }

    private static TaskView receipt(long id, String payer) {
        return new TaskView(
                id,
                "group-purchase",
                "ConfirmPaymentTask",
                "purchase-payment-receipt",
                null,
                Set.of("coop:3:leader"),
                "group-purchase-11",
                3L,
                Instant.parse("2026-12-10T00:00:00Z"),
                Instant.parse("2026-12-08T00:00:00Z"),
                TaskStatus.OPEN,
                null,
                null,
                Map.of("purchaseId", 11, "payer", payer),
                "밀가루");
    }

    private static ActivatedJob job(Map<String, String> headers, String payer) {
        ActivatedJob job = mock(ActivatedJob.class);
        when(job.getKey()).thenReturn((long) payer.hashCode());
        when(job.getProcessInstanceKey()).thenReturn(INSTANCE);
        when(job.getCustomHeaders()).thenReturn(headers);
        when(job.getVariablesAsMap())
                .thenReturn(Map.of("payer", payer, "coopId", 3, "purchaseId", 11));
        return job;
    }
}
