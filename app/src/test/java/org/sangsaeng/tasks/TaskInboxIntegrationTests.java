package org.sangsaeng.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.sangsaeng.CoopTest;
import org.sangsaeng.Fixtures;
import org.sangsaeng.membership.ApplicationDetails;
import org.sangsaeng.membership.ApplicationStatus;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.MembershipApplicationForm;
import org.sangsaeng.membership.MembershipService;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.tasks.domain.Tasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The membership application through our services, task inbox and workers, on the in-memory engine
 * and a real MariaDB.
 */
class TaskInboxIntegrationTests extends CoopTest {

    @Autowired MembershipService memberships;
    @Autowired TaskInbox inbox;
    @Autowired Tasks tasks;
    @Autowired TransactionTemplate transactions;

    @Test
    void leaderApprovesAnApplicationFromTheTaskListAndTheMerchantBecomesAMember() {
        ApplicationDetails application = apply();

        Fixtures.signIn(f.leader());
        TaskDetails task = awaitTaskOf(f.leader());
        assertThat(task.formKey()).isEqualTo("membership-review");
        assertThat(task.candidateGroups()).containsExactly("coop:" + f.coopId() + ":leader");
        assertThat(task.coopId()).isEqualTo(f.coopId());
        assertThat(task.businessKey()).isEqualTo("membership-application-" + application.id());
        assertThat(task.dueAt()).isNotNull();
        assertThat(task.variables()).containsEntry("applicant", f.applicant());

        TaskDetails done = inbox.complete(task.id(), Map.of("approved", true));
        assertThat(done.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(done.completedBy()).isEqualTo(f.leader());
        assertThat(inbox.myTasks(TaskFilter.none(), 0, 50))
                .extracting(TaskDetails::id)
                .doesNotContain(task.id());

        Fixtures.signIn(f.applicant());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () ->
                                assertThat(memberships.get(application.id()).status())
                                        .isEqualTo(ApplicationStatus.APPROVED));
        assertThat(memberships.members(f.coopId()))
                .extracting(m -> m.username())
                .contains(f.applicant());
    }

    @Test
    void aRejectionNeedsAReasonAndTheApplicantReadsIt() {
        ApplicationDetails application = apply();
        Fixtures.signIn(f.leader());
        TaskDetails task = awaitTaskOf(f.leader());

        assertThatThrownBy(
                        () -> inbox.complete(task.id(), Map.of("approved", false, "reason", "  ")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("error.application.reasonRequired");
        assertThatThrownBy(() -> inbox.complete(task.id(), Map.of("approved", "maybe")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("error.review.decisionRequired");
        assertThat(inbox.get(task.id()).status()).isEqualTo(TaskStatus.OPEN);

        inbox.complete(task.id(), Map.of("approved", false, "reason", "이미 같은 업종의 조합원이 있습니다"));

        Fixtures.signIn(f.applicant());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> {
                            ApplicationDetails decided = memberships.get(application.id());
                            assertThat(decided.status()).isEqualTo(ApplicationStatus.REJECTED);
                            assertThat(decided.decisionReason()).isEqualTo("이미 같은 업종의 조합원이 있습니다");
                        });
    }

    @Test
    void nobodyElseSeesOrCompletesTheLeadersTask() {
        apply();
        Fixtures.signIn(f.leader());
        TaskDetails task = awaitTaskOf(f.leader());

        for (String outsider : List.of(f.member(), f.applicant(), f.otherLeader())) {
            Fixtures.signIn(outsider);
            assertThat(inbox.myTasks(TaskFilter.none(), 0, 50))
                    .extracting(TaskDetails::id)
                    .doesNotContain(task.id());
            assertThatThrownBy(() -> inbox.get(task.id()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> inbox.complete(task.id(), Map.of("approved", true)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        Fixtures.signOut();
        assertThatThrownBy(() -> inbox.myTasks(TaskFilter.none(), 0, 50))
                .isInstanceOf(AccessDeniedException.class);

        Fixtures.signIn(f.leader());
        assertThat(inbox.get(task.id()).status()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void aTaskCompletedOnceCannotBeCompletedAgain() {
        apply();
        Fixtures.signIn(f.leader());
        TaskDetails task = awaitTaskOf(f.leader());
        inbox.complete(task.id(), Map.of("approved", true));

        assertThatThrownBy(
                        () ->
                                inbox.complete(
                                        task.id(), Map.of("approved", false, "reason", "바꿨어요")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("error.task.notOpen");
        assertThat(inbox.get(task.id()).completedBy()).isEqualTo(f.leader());
    }

    @Test
    void aMerchantCannotApplyTwiceWhileTheFirstApplicationIsPendingOrJoinTwice() {
        apply();
        assertThatThrownBy(this::apply)
                .isInstanceOf(BusinessException.class)
                .hasMessage("error.application.alreadyPending");
        Fixtures.signIn(f.member());
        assertThatThrownBy(() -> memberships.apply(f.coopId(), form("박씨네")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("error.application.alreadyMember");
        assertThatThrownBy(() -> memberships.apply(f.otherCoopId(), form(" ")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("error.application.shopNameRequired");
    }

    @Test
    void filtersByCoopAndProcessNarrowTheList() {
        apply();
        Fixtures.signIn(f.leader());
        TaskDetails task = awaitTaskOf(f.leader());
        assertThat(inbox.myTasks(new TaskFilter(f.coopId(), "membership-application"), 0, 50))
                .extracting(TaskDetails::id)
                .contains(task.id());
        assertThat(inbox.myTasks(new TaskFilter(f.otherCoopId(), null), 0, 50)).isEmpty();
        assertThat(inbox.myTasks(new TaskFilter(null, "group-purchase"), 0, 50)).isEmpty();
        assertThat(inbox.countMyTasks(new TaskFilter(f.coopId(), null)))
                .isEqualTo(new TaskCount(1, false));
    }

    @Test
    void theListShowsEachTaskOnceEarliestDueFirstPageByPage() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String leaders = CurrentUser.leaderGroup(f.coopId());
        long base = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        transactions.executeWithoutResult(
                s -> {
                    // By name and by group at once: listed once.
                    seed(base, f.leader(), leaders, now.plus(3, ChronoUnit.DAYS), now);
                    seed(base + 1, null, leaders, now.plus(1, ChronoUnit.DAYS), now);
                    // No due date: last.
                    seed(base + 2, f.leader(), null, null, now.minus(5, ChronoUnit.DAYS));
                    // Another co-op's leaders, another person, a finished task: not listed.
                    seed(
                            base + 3,
                            "someone-else",
                            CurrentUser.leaderGroup(f.otherCoopId()),
                            now,
                            now);
                    seed(base + 4, f.leader(), null, now, now);
                    tasks.closeIfOpen(base + 4, "COMPLETED", f.leader(), now);
                });
        Fixtures.signIn(f.leader());

        assertThat(inbox.countMyTasks(TaskFilter.none())).isEqualTo(new TaskCount(3, false));
        assertThat(inbox.myTasks(TaskFilter.none(), 0, 50))
                .extracting(TaskDetails::id)
                .containsExactly(base + 1, base, base + 2);
        assertThat(inbox.myTasks(TaskFilter.none(), 1, 1))
                .extracting(TaskDetails::id)
                .containsExactly(base);
        assertThat(inbox.myTasks(TaskFilter.none(), 0, 50).get(1).candidateGroups())
                .containsExactly(leaders);
        Fixtures.signIn(f.member());
        assertThat(inbox.myTasks(TaskFilter.none(), 0, 50)).isEmpty();
    }

    private void seed(
            long jobKey, String assignee, String group, Instant dueAt, Instant createdAt) {
        tasks.upsert(
                jobKey,
                jobKey,
                "coop-proposal",
                "ReviewProposal",
                "proposal-review",
                assignee,
                "proposal-" + jobKey,
                f.coopId(),
                dueAt,
                createdAt,
                createdAt.plus(7, ChronoUnit.DAYS),
                "{}");
        if (group != null) {
            tasks.addCandidateGroup(jobKey, group);
        }
        tasks.showInLists(jobKey);
    }

    @Test
    void pagingThroughTheWholeListGivesEveryTaskOnceInOrderThoughManyShareADueDate() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String leaders = CurrentUser.leaderGroup(f.coopId());
        String members = CurrentUser.memberGroup(f.coopId());
        long base = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        List<Long> expected = new ArrayList<>();
        transactions.executeWithoutResult(
                s -> {
                    for (int i = 0; i < 40; i++) {
                        long key = base + i;
                        // Three due dates (and none) and two creation times: ties everywhere.
                        Instant due = i % 4 == 3 ? null : now.plus(i % 3, ChronoUnit.DAYS);
                        Instant created = now.minus(i % 2, ChronoUnit.HOURS);
                        // By name only, by name and by group at once, or by one of two groups.
                        String assignee = i % 5 == 0 ? f.leader() : null;
                        String group =
                                i % 5 == 0
                                        ? (i % 10 == 0 ? leaders : null)
                                        : (i % 2 == 0 ? leaders : members);
                        seed(key, assignee, group, due, created);
                        expected.add(key);
                    }
                });
        expected.sort(
                Comparator.comparing(
                                (Long k) -> dueOf(base, now, k),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(k -> now.minus((k - base) % 2, ChronoUnit.HOURS))
                        .thenComparing(k -> k));
        Fixtures.signIn(f.leader());

        List<Long> paged = new ArrayList<>();
        for (int offset = 0; ; offset += 7) {
            List<Long> page =
                    inbox.myTasks(TaskFilter.none(), offset, 7).stream()
                            .map(TaskDetails::id)
                            .filter(id -> id >= base && id < base + 40)
                            .toList();
            if (page.isEmpty()) {
                break;
            }
            paged.addAll(page);
        }

        assertThat(paged).containsExactlyElementsOf(expected);
        TaskFilter proposals = new TaskFilter(f.coopId(), "coop-proposal");
        assertThat(inbox.countMyTasks(proposals)).isEqualTo(new TaskCount(40, false));
        assertThat(inbox.myTasks(proposals, 35, 50))
                .extracting(TaskDetails::id)
                .containsExactlyElementsOf(expected.subList(35, 40));

        // By cursor, as the API pages: the same tasks in the same order, and no next after the
        // last.
        List<Long> byCursor = new ArrayList<>();
        String after = null;
        do {
            TaskListPage page = inbox.myTaskPage(proposals, after, 0, 7);
            assertThat(page.total()).isEqualTo(new TaskCount(40, false));
            page.items().forEach(t -> byCursor.add(t.id()));
            after = page.next();
        } while (after != null);
        assertThat(byCursor).containsExactlyElementsOf(expected);
    }

    @Test
    void theNextPageStartsAfterTheLastTaskShownThoughTasksBeforeItClosed() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long base = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        transactions.executeWithoutResult(
                s -> {
                    for (int i = 0; i < 6; i++) {
                        seed(base + i, f.leader(), null, now.plus(i, ChronoUnit.HOURS), now);
                    }
                });
        TaskFilter proposals = new TaskFilter(f.coopId(), "coop-proposal");
        Fixtures.signIn(f.leader());
        TaskListPage first = inbox.myTaskPage(proposals, null, 0, 3);
        assertThat(first.items())
                .extracting(TaskDetails::id)
                .containsExactly(base, base + 1, base + 2);

        // The person answers the first two tasks, then reads on.
        transactions.executeWithoutResult(
                s -> {
                    tasks.closeIfOpen(base, "COMPLETED", f.leader(), now);
                    tasks.closeIfOpen(base + 1, "COMPLETED", f.leader(), now);
                });
        TaskListPage second = inbox.myTaskPage(proposals, first.next(), 0, 3);
        assertThat(second.items())
                .extracting(TaskDetails::id)
                .containsExactly(base + 3, base + 4, base + 5);
        assertThat(second.next()).isNull();
        assertThat(second.total()).isEqualTo(new TaskCount(4, false));
        // Offset and cursor together: skip one after the cursor.
        assertThat(inbox.myTasksAfter(proposals, first.next(), 1, 3).items())
                .extracting(TaskDetails::id)
                .containsExactly(base + 4, base + 5);
    }

    @Test
    void aCursorTheListDidNotGiveIsRefusedByName() {
        Fixtures.signIn(f.leader());
        // Not Base64, empty, and Base64 of "2026-12-05T10:00|x|1" (no creation time).
        for (String bad : new String[] {"abc!", "", "!!!", "MjAyNi0xMi0wNVQxMDowMHx4fDE"}) {
            assertThatThrownBy(() -> inbox.myTaskPage(TaskFilter.none(), bad, 0, 50))
                    .as(bad)
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).messageKey())
                    .isEqualTo("error.paging.after");
        }
    }

    private static Instant dueOf(long base, Instant now, long key) {
        long i = key - base;
        return i % 4 == 3 ? null : now.plus(i % 3, ChronoUnit.DAYS);
    }

    @Test
    void aGroupsTaskAppearsForItsMembersWhenItOpensAndGoesWhenItCloses() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long key = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        Fixtures.signIn(f.member());
        assertThat(inbox.myTasks(TaskFilter.none(), 0, 50)).isEmpty();

        transactions.executeWithoutResult(
                s -> seed(key, null, CurrentUser.memberGroup(f.coopId()), now, now));
        assertThat(inbox.myTasks(TaskFilter.none(), 0, 50))
                .extracting(TaskDetails::id)
                .containsExactly(key);
        assertThat(inbox.countMyTasks(TaskFilter.none())).isEqualTo(new TaskCount(1, false));

        // The engine ended it (a deadline, another node): the repair closes it.
        transactions.executeWithoutResult(s -> tasks.closeIfOpen(key, "CANCELED", null, null));
        assertThat(inbox.myTasks(TaskFilter.none(), 0, 50)).isEmpty();
        assertThat(inbox.countMyTasks(TaskFilter.none())).isEqualTo(new TaskCount(0, false));

        // The job is delivered once more: a closed task stays off the list.
        transactions.executeWithoutResult(
                s -> seed(key, null, CurrentUser.memberGroup(f.coopId()), now, now));
        assertThat(inbox.myTasks(TaskFilter.none(), 0, 50)).isEmpty();
    }

    @Test
    void theCountStopsAtAThousandAndCountsATaskReachedTwiceOnce() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String leaders = CurrentUser.leaderGroup(f.coopId());
        long base = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        // 1,000 tasks of the leaders' group, half of them also assigned to the leader by name.
        transactions.executeWithoutResult(
                s -> {
                    for (int i = 0; i < TaskCount.CAP; i++) {
                        seed(base + i, i % 2 == 0 ? f.leader() : null, leaders, now, now);
                    }
                });
        Fixtures.signIn(f.leader());
        assertThat(inbox.countMyTasks(TaskFilter.none()))
                .isEqualTo(new TaskCount(TaskCount.CAP, false));

        transactions.executeWithoutResult(s -> seed(base + TaskCount.CAP, null, leaders, now, now));
        assertThat(inbox.countMyTasks(TaskFilter.none()))
                .isEqualTo(new TaskCount(TaskCount.CAP, true));
        // The list goes on past the count.
        assertThat(inbox.myTasks(TaskFilter.none(), TaskCount.CAP, 50))
                .extracting(TaskDetails::id)
                .hasSize(1);
    }

    private ApplicationDetails apply() {
        Fixtures.signIn(f.applicant());
        return memberships.apply(f.coopId(), form("깨끗한 세탁소"));
    }

    private static MembershipApplicationForm form(String shop) {
        return new MembershipApplicationForm(BusinessType.LAUNDRY, shop, "함께하고 싶습니다");
    }

    private TaskDetails awaitTaskOf(String username) {
        Fixtures.signIn(username);
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(() -> !inbox.myTasks(TaskFilter.none(), 0, 50).isEmpty());
        return inbox.myTasks(TaskFilter.none(), 0, 50).get(0);
    }
}
