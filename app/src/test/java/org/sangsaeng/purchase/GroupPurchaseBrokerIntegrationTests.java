package org.sangsaeng.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.BrokerIntegrationTest;
import org.sangsaeng.Fixtures;
import org.sangsaeng.ProcessInstances;
import org.sangsaeng.ShiftedClock;
import org.sangsaeng.oversight.AuditTrailService;
import org.sangsaeng.oversight.ChainReport;
import org.sangsaeng.oversight.InstanceDetail;
import org.sangsaeng.oversight.InstanceQuery;
import org.sangsaeng.oversight.InstanceState;
import org.sangsaeng.oversight.InstanceSummary;
import org.sangsaeng.oversight.ProcessExplorer;
import org.sangsaeng.oversight.TimelineEntry;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.tasks.MyTaskList;
import org.sangsaeng.tasks.TaskDetails;
import org.sangsaeng.tasks.TaskFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Twelve merchants buy flour together on the real Zeebe broker and MariaDB, from the proposal to
 * the closed purchase; every member's amount and the audit trail are checked.
 */
@Import(ShiftedClock.Config.class)
class GroupPurchaseBrokerIntegrationTests extends BrokerIntegrationTest {

    @Autowired PurchaseService purchases;
    @Autowired ProposalService proposals;
    @Autowired BillService billing;
    @Autowired AuditTrailService audit;
    @Autowired ProcessExplorer explorer;

    @Autowired ShiftedClock clock;

    PurchaseDriver drive;

    @BeforeEach
    void driveThroughTaskLists() {
        drive = new PurchaseDriver(inbox, purchases, WAIT);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSilentSupplierLeavesTheLeaderToSendAgainAndThenToCancelWithAReasonOnTheBroker() {
        Fixtures f = Fixtures.create(accounts, coops);
        FlourPurchase flour = FlourPurchase.prepare(accounts, coops, f, 0);
        long id = flour.propose(proposals, "설 대비 밀가루 공동구매");
        flour.members().forEach(m -> drive.complete(m, "member-vote", Map.of("choice", "YES")));
        drive.awaitStage(f.leader(), id, Stage.ORDERING);
        long line = purchases.get(id).lines().getFirst().id();

        // The order goes out with the app's clock set back by the rules' 48 hours less 20 seconds:
        // the broker's timer of the supplier's time to answer fires 20 seconds later, in real time.
        clock.shift(Duration.ofHours(48).minusSeconds(20).negated());
        flour.members()
                .forEach(m -> drive.complete(m, "purchase-pledge", FlourPurchase.pledge(line, 5)));
        drive.awaitStage(f.leader(), id, Stage.AWAITING_SUPPLIER);
        MyTaskList.awaitTask(inbox, flour.supplier(), "purchase-supplier-answer", WAIT);
        TaskDetails silence =
                MyTaskList.awaitTask(inbox, f.leader(), "purchase-supplier-timeout", WAIT);
        clock.reset();
        assertThat(silence.dueAt())
                .as("the leader's own time to decide")
                .isAfter(Instant.now().plus(Duration.ofHours(47)));
        // The supplier's step has ended with the timer: their task leaves their list.
        Fixtures.signIn(flour.supplier());
        await().pollInSameThread()
                .atMost(WAIT)
                .until(
                        () ->
                                inbox.myTasks(TaskFilter.none(), 0, 100).stream()
                                        .noneMatch(
                                                t ->
                                                        t.formKey()
                                                                .equals(
                                                                        "purchase-supplier-answer")));

        // Refused, and the step stays the leader's: no choice, a time already past, a cancel
        // without a reason.
        Fixtures.signIn(f.leader());
        assertThatThrownBy(() -> inbox.complete(silence.id(), Map.of()))
                .hasMessage("error.purchase.resendOrCancel");
        assertThatThrownBy(
                        () ->
                                inbox.complete(
                                        silence.id(),
                                        Map.of(
                                                "decision",
                                                "RESEND",
                                                "supplierAnswerDue",
                                                Instant.now().minusSeconds(60).toString())))
                .hasMessage("error.purchase.answerTimePast");
        assertThatThrownBy(
                        () ->
                                inbox.complete(
                                        silence.id(), Map.of("decision", "CANCEL", "reason", " ")))
                .hasMessage("error.purchase.cancelReasonRequired");
        Fixtures.signIn(f.member());
        assertThatThrownBy(
                        () ->
                                inbox.complete(
                                        silence.id(),
                                        Map.of("decision", "CANCEL", "reason", "제가 취소")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(purchases.get(id).stage()).isEqualTo(Stage.AWAITING_SUPPLIER);

        // Sent again to the same supplier, with 25 seconds to answer: the supplier has the order
        // again.
        Fixtures.signIn(f.leader());
        Instant newDue = Instant.now().plusSeconds(25);
        inbox.complete(
                silence.id(), Map.of("decision", "RESEND", "supplierAnswerDue", newDue.toString()));
        TaskDetails again =
                MyTaskList.awaitTask(inbox, flour.supplier(), "purchase-supplier-answer", WAIT);
        assertThat(again.dueAt()).isEqualTo(newDue.truncatedTo(ChronoUnit.SECONDS));

        // Silent again: this time the leader cancels with a reason.
        TaskDetails second =
                MyTaskList.awaitTask(inbox, f.leader(), "purchase-supplier-timeout", WAIT);
        assertThat(second.id()).isNotEqualTo(silence.id());
        inbox.complete(second.id(), Map.of("decision", "CANCEL", "reason", "공급업체와 연락이 닿지 않습니다"));
        drive.awaitStage(f.leader(), id, Stage.CANCELLED);
        PurchaseDetails cancelled = purchases.get(id);
        assertThat(cancelled.cancelReason()).isEqualTo("공급업체와 연락이 닿지 않습니다");
        assertThat(billing.bills(id)).as("nobody is billed").isEmpty();
        await().atMost(WAIT)
                .until(
                        () ->
                                jdbc.queryForObject(
                                                "select count(*) from notification n join app_user u"
                                                        + " on u.id = n.recipient_id where n.body like ? and u.username in (?, ?)",
                                                Integer.class,
                                                "%공급업체와 연락이 닿지 않습니다%",
                                                f.leader(),
                                                f.member())
                                        == 2);
    }

    @Test
    void twelveMembersFromProposalToClosedWithEveryWonAccountedForAndAuditedOnTheBroker() {
        Fixtures f = Fixtures.create(accounts, coops);
        FlourPurchase flour = FlourPurchase.prepare(accounts, coops, f, 10);
        List<String> members = flour.members();
        String supplier = flour.supplier();
        long id = flour.propose(proposals, "추석 밀가루 공동구매");

        members.forEach(m -> drive.complete(m, "member-vote", Map.of("choice", "YES")));
        drive.awaitStage(f.leader(), id, Stage.ORDERING);
        long line = purchases.get(id).lines().getFirst().id();
        for (String m : members) {
            drive.complete(m, "purchase-pledge", FlourPurchase.pledge(line, 1));
        }
        drive.awaitStage(f.leader(), id, Stage.AWAITING_SUPPLIER);
        drive.complete(supplier, "purchase-supplier-answer", Map.of("answer", "CONFIRM"));
        drive.awaitStage(f.leader(), id, Stage.SETTLING);

        Fixtures.signIn(f.leader());
        try {
            await().pollInSameThread().atMost(WAIT).until(() -> billing.bills(id).size() == 12);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // What the engine did with the purchase's jobs, for whoever reads the failure.
            throw new AssertionError(
                    "No bills after "
                            + WAIT
                            + "; the purchase's jobs in the audit trail: "
                            + jdbc.queryForList(
                                    "SELECT a.record_time, a.intent, a.element_id, a.completed_by FROM audit_record a"
                                            + " JOIN purchase p ON p.process_instance_key = a.process_instance_key WHERE p.id = ?"
                                            + " AND a.value_type = 'JOB' ORDER BY a.position",
                                    id),
                    e);
        }
        List<BillDetails> bills = billing.bills(id);
        // 31,000 goods + 1,000 shipping + 500 of the co-op fee each; the fee's last won goes to the
        // first pledger.
        assertThat(bills).extracting(BillDetails::total).containsOnly(32_500L, 32_501L);
        assertThat(bills)
                .filteredOn(b -> b.total() == 32_501L)
                .extracting(BillDetails::member)
                .containsExactly(f.leader());
        assertThat(bills.stream().mapToLong(BillDetails::total).sum())
                .isEqualTo(12 * 31_000L + 12_000 + 6_001);

        members.forEach(m -> drive.complete(m, "purchase-payment", Map.of("paid", true)));
        for (BillDetails bill : bills) {
            drive.confirmReceipt(f.leader(), bill);
        }
        drive.complete(f.leader(), "purchase-delivery", Map.of("delivered", true));
        drive.awaitStage(f.leader(), id, Stage.CLOSED);

        long instance = ProcessInstances.of(jdbc, "purchase", id);
        ProcessInstances.awaitCompleted(jdbc, instance, "group-purchase", WAIT);
        List<String> completedBy =
                jdbc.queryForList(
                        "select distinct completed_by from audit_record where"
                                + " process_instance_key = ? and value_type = 'JOB' and intent = 'COMPLETED' and completed_by is not null",
                        String.class,
                        instance);
        assertThat(completedBy)
                .as("who completed the purchase's tasks")
                .containsAll(members)
                .contains(supplier);
        assertThat(
                        jdbc.queryForList(
                                "select distinct element_id from audit_record where process_instance_key = ?"
                                        + " and value_type = 'PROCESS_INSTANCE' and intent = 'ELEMENT_COMPLETED'",
                                String.class,
                                instance))
                .contains(
                        "MemberVoteCallActivity",
                        "PledgeTask",
                        "SupplierAnswerTask",
                        "SplitCostsTask",
                        "SettlementSubProcess",
                        "ConfirmDeliveryTask",
                        "PurchaseClosedEndEvent");
        assertThat(
                        jdbc.queryForList(
                                "select value_json from audit_record where process_instance_key = ?"
                                        + " and value_type = 'VARIABLE' and intent = 'CREATED' and value_json like '%\"rulesVersion\"%'",
                                String.class, instance))
                .as("the audit trail names the co-op rules version the purchase ran under")
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v).contains("\"value\":\"1\""));

        // The explorer: the finished purchase is indexed under its co-op, and its timeline tells
        // every
        // step in the order it happened, with who completed it.
        Fixtures.signIn(f.leader());
        InstanceQuery mine =
                new InstanceQuery(
                        "group-purchase",
                        f.coopId(),
                        InstanceState.COMPLETED,
                        null,
                        null,
                        supplier,
                        "group-purchase-" + id);
        await().pollInSameThread().atMost(WAIT).until(() -> explorer.count(mine) == 1);
        assertThat(explorer.search(mine, 0, 10))
                .singleElement()
                .satisfies(
                        i -> {
                            assertThat(i.key()).isEqualTo(instance);
                            assertThat(i.endedAt()).isAfter(i.startedAt());
                        });
        InstanceDetail detail = explorer.detail(instance);
        List<String> ended =
                detail.timeline().stream()
                        .filter(
                                e ->
                                        e.kind() == TimelineEntry.Kind.ELEMENT
                                                && "ELEMENT_COMPLETED".equals(e.event()))
                        .map(TimelineEntry::elementId)
                        .toList();
        assertThat(ended)
                .containsSubsequence(
                        "MemberVoteCallActivity",
                        "PledgeTask",
                        "SupplierAnswerTask",
                        "SplitCostsTask",
                        "ConfirmDeliveryTask",
                        "PurchaseClosedEndEvent",
                        "group-purchase");
        assertThat(detail.timeline()).extracting(TimelineEntry::position).isSorted();
        assertThat(detail.timeline())
                .filteredOn(
                        e -> e.kind() == TimelineEntry.Kind.JOB && "COMPLETED".equals(e.event()))
                .extracting(TimelineEntry::actor)
                .as("who completed each job")
                .containsAll(members)
                .contains(supplier);
        assertThat(detail.timeline())
                .filteredOn(
                        e ->
                                "SupplierAnswerTask".equals(e.elementId())
                                        && "ELEMENT_COMPLETED".equals(e.event()))
                .singleElement()
                .satisfies(e -> assertThat(e.durationMs()).isPositive());
        assertThat(detail.elements())
                .as("nothing is left running")
                .allSatisfy(r -> assertThat(r.active()).isZero());
        assertThat(detail.elements())
                .filteredOn(r -> "SupplierAnswerTask".equals(r.elementId()))
                .singleElement()
                .satisfies(r -> assertThat(r.completed()).isEqualTo(1));
        assertThat(detail.flowsTaken()).isNotEmpty();
        assertThat(detail.children())
                .extracting(InstanceSummary::processId)
                .contains("member-vote");
        assertThat(detail.business().title()).isEqualTo("추석 밀가루 공동구매");
        assertThat(detail.business().facts()).extracting(f2 -> f2.label()).contains(f.leader());
        assertThat(explorer.diagram(instance)).contains("id=\"SupplierAnswerTask\"");
        Fixtures.signIn(f.otherLeader());
        assertThatThrownBy(() -> explorer.detail(instance))
                .isInstanceOf(AccessDeniedException.class);

        // Tamper evidence: the chain holds, and a row changed in the database is named.
        ChainReport intact = audit.verifyAll();
        assertThat(intact.intact()).as("%s", intact).isTrue();
        assertThat(intact.rowsChecked()).isGreaterThan(100);
        long changed =
                jdbc.queryForObject(
                        "SELECT MIN(position) FROM audit_record WHERE process_instance_key = ?"
                                + " AND value_type = 'JOB' AND intent = 'COMPLETED' AND completed_by = ?",
                        Long.class,
                        instance,
                        supplier);
        assertThatThrownBy(
                        () -> jdbc.update("DELETE FROM audit_record WHERE position = ?", changed))
                .as("audit rows are append-only")
                .hasMessageContaining("append-only");
        // Someone with the schema owner's rights drops the guard and changes who confirmed the
        // order.
        jdbc.execute("DROP TRIGGER audit_record_no_update");
        jdbc.update(
                "UPDATE audit_record SET completed_by = ? WHERE position = ? AND completed_by = ?",
                f.leader(),
                changed,
                supplier);
        ChainReport tampered = audit.verifyAll();
        assertThat(tampered.intact()).isFalse();
        assertThat(tampered.firstBroken().position()).isEqualTo(changed);
        assertThat(tampered.firstBroken().reason()).isEqualTo("audit.broken.content");
    }
}
