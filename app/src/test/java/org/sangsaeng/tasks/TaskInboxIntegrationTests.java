package org.sangsaeng.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.InMemoryEngineTest;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.ApplicationStatus;
import org.sangsaeng.membership.ApplicationView;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.membership.MembershipApplicationForm;
import org.sangsaeng.membership.MembershipService;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.springframework.beans.factory.annotation.Autowired;

/** The membership application through our services, task inbox and workers, on the in-memory engine and a real MariaDB. */
class TaskInboxIntegrationTests extends InMemoryEngineTest {

    @Autowired
    AccountService accounts;
    @Autowired
    CoopService coops;
    @Autowired
    MembershipService memberships;
    @Autowired
    TaskInbox inbox;

    Fixtures f;

    @BeforeEach
    void givenACoop() {
        f = Fixtures.create(accounts, coops);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void leaderApprovesAnApplicationFromTheTaskListAndTheMerchantBecomesAMember() {
        ApplicationView application = apply();

        Fixtures.signIn(f.leader());
        TaskView task = awaitTaskOf(f.leader());
        assertThat(task.formKey()).isEqualTo("membership-review");
        assertThat(task.candidateGroups()).containsExactly("coop:" + f.coopId() + ":leader");
        assertThat(task.coopId()).isEqualTo(f.coopId());
        assertThat(task.businessKey()).isEqualTo("membership-application-" + application.id());
        assertThat(task.dueAt()).isNotNull();
        assertThat(task.variables()).containsEntry("applicant", f.applicant());

        TaskView done = inbox.complete(task.id(), Map.of("approved", true));
        assertThat(done.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(done.completedBy()).isEqualTo(f.leader());
        assertThat(inbox.myTasks(TaskFilter.none(), 0, 50)).extracting(TaskView::id).doesNotContain(task.id());

        Fixtures.signIn(f.applicant());
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(memberships.get(application.id()).status()).isEqualTo(ApplicationStatus.APPROVED));
        assertThat(memberships.members(f.coopId())).extracting(m -> m.username()).contains(f.applicant());
    }

    @Test
    void aRejectionNeedsAReasonAndTheApplicantReadsIt() {
        ApplicationView application = apply();
        Fixtures.signIn(f.leader());
        TaskView task = awaitTaskOf(f.leader());

        assertThatThrownBy(() -> inbox.complete(task.id(), Map.of("approved", false, "reason", "  ")))
                .isInstanceOf(BusinessException.class).hasMessage("error.application.reasonRequired");
        assertThatThrownBy(() -> inbox.complete(task.id(), Map.of("approved", "maybe")))
                .isInstanceOf(BusinessException.class).hasMessage("error.review.decisionRequired");
        assertThat(inbox.get(task.id()).status()).isEqualTo(TaskStatus.OPEN);

        inbox.complete(task.id(), Map.of("approved", false, "reason", "이미 같은 업종의 조합원이 있습니다"));

        Fixtures.signIn(f.applicant());
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            ApplicationView decided = memberships.get(application.id());
            assertThat(decided.status()).isEqualTo(ApplicationStatus.REJECTED);
            assertThat(decided.decisionReason()).isEqualTo("이미 같은 업종의 조합원이 있습니다");
        });
    }

    @Test
    void nobodyElseSeesOrCompletesTheLeadersTask() {
        apply();
        Fixtures.signIn(f.leader());
        TaskView task = awaitTaskOf(f.leader());

        for (String outsider : List.of(f.member(), f.applicant(), f.otherLeader())) {
            Fixtures.signIn(outsider);
            assertThat(inbox.myTasks(TaskFilter.none(), 0, 50)).extracting(TaskView::id).doesNotContain(task.id());
            assertThatThrownBy(() -> inbox.get(task.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> inbox.complete(task.id(), Map.of("approved", true)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        Fixtures.signOut();
        assertThatThrownBy(() -> inbox.myTasks(TaskFilter.none(), 0, 50)).isInstanceOf(AccessDeniedException.class);

        Fixtures.signIn(f.leader());
        assertThat(inbox.get(task.id()).status()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void aTaskCompletedOnceCannotBeCompletedAgain() {
        apply();
        Fixtures.signIn(f.leader());
        TaskView task = awaitTaskOf(f.leader());
        inbox.complete(task.id(), Map.of("approved", true));

        assertThatThrownBy(() -> inbox.complete(task.id(), Map.of("approved", false, "reason", "바꿨어요")))
                .isInstanceOf(BusinessException.class).hasMessage("error.task.notOpen");
        assertThat(inbox.get(task.id()).completedBy()).isEqualTo(f.leader());
    }

    @Test
    void aMerchantCannotApplyTwiceWhileTheFirstApplicationIsPendingOrJoinTwice() {
        apply();
        assertThatThrownBy(this::apply).isInstanceOf(BusinessException.class)
                .hasMessage("error.application.alreadyPending");
        Fixtures.signIn(f.member());
        assertThatThrownBy(() -> memberships.apply(f.coopId(), form("박씨네"))).isInstanceOf(BusinessException.class)
                .hasMessage("error.application.alreadyMember");
        assertThatThrownBy(() -> memberships.apply(f.otherCoopId(), form(" "))).isInstanceOf(BusinessException.class)
                .hasMessage("error.application.shopNameRequired");
    }

    @Test
    void filtersByCoopAndProcessNarrowTheList() {
        apply();
        Fixtures.signIn(f.leader());
        TaskView task = awaitTaskOf(f.leader());
        assertThat(inbox.myTasks(new TaskFilter(f.coopId(), "membership-application"), 0, 50))
                .extracting(TaskView::id).contains(task.id());
        assertThat(inbox.myTasks(new TaskFilter(f.otherCoopId(), null), 0, 50)).isEmpty();
        assertThat(inbox.myTasks(new TaskFilter(null, "group-purchase"), 0, 50)).isEmpty();
        assertThat(inbox.countMyTasks(new TaskFilter(f.coopId(), null))).isEqualTo(1);
    }

    private ApplicationView apply() {
        Fixtures.signIn(f.applicant());
        return memberships.apply(f.coopId(), form("깨끗한 세탁소"));
    }

    private static MembershipApplicationForm form(String shop) {
        return new MembershipApplicationForm(BusinessType.LAUNDRY, shop, "함께하고 싶습니다");
    }

    private TaskView awaitTaskOf(String username) {
        Fixtures.signIn(username);
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> !inbox.myTasks(TaskFilter.none(), 0, 50).isEmpty());
        return inbox.myTasks(TaskFilter.none(), 0, 50).get(0);
    }
}
