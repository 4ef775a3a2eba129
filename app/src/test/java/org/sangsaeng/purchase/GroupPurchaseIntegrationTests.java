package org.sangsaeng.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.CoopTest;
import org.sangsaeng.Fixtures;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.tasks.MyTaskList;
import org.sangsaeng.tasks.PendingCompletions;
import org.sangsaeng.tasks.TaskDetails;
import org.sangsaeng.tasks.TaskInbox;
import org.sangsaeng.tasks.TaskStatus;
import org.sangsaeng.web.BadInput;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A group purchase from proposal to closed, through our services, task inbox and workers, on a real
 * MariaDB.
 */
class GroupPurchaseIntegrationTests extends CoopTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired PurchaseService purchases;
    @Autowired ProposalService proposals;
    @Autowired PledgeService pledges;
    @Autowired BillService billing;
    @Autowired TaskInbox inbox;
    @Autowired CamundaClient camunda;

    String supplier;
    long supplierId;
    List<String> members = new ArrayList<>();

    @BeforeEach
    void givenACoopOfFourAndAFlourSupplier() {
        members.add(f.leader());
        members.add(f.member());
        members.addAll(f.addMembers(accounts, 2, "baker", "제빵사", BusinessType.BAKERY, "빵집"));
        Fixtures.SupplierAccount flour =
                Fixtures.addSupplier(accounts, coops, "flour", "한맥제분", "밀가루 20kg");
        supplier = flour.username();
        supplierId = flour.id();
    }

    @Test
    void fourBakersBuyFlourTogetherAndEveryWonIsAccountedFor() {
        Fixtures.signIn(f.leader());
        PurchaseDetails proposed = proposals.propose(proposal(30_000));
        long id = proposed.id();
        assertThat(proposed.stage()).isEqualTo(Stage.VOTING);

        members.forEach(m -> complete(m, "member-vote", Map.of("choice", "YES")));
        awaitStage(id, Stage.ORDERING);

        // Flour: 20 kg sacks, 2 sacks to a pallet pack; eggs: 30-egg trays sold per tray.
        PurchaseDetails.LineView flour = purchases.get(id).lines().get(0);
        pledge(f.leader(), id, flour.id(), 3, 0);
        pledge(f.member(), id, flour.id(), 2, 0);
        pledge(members.get(2), id, flour.id(), 0, 1);
        // The fourth baker wants nothing this time and says so: that is an answer, so the order
        // closes as soon as the others have pledged, without waiting for the deadline.
        Fixtures.signIn(members.get(3));
        long answeredBefore = purchases.get(id).answers().pledged();
        assertThat(purchases.get(id).answers().iTakeNothing()).isFalse();
        complete(members.get(3), "purchase-pledge", Map.of("nothing", true));

        Fixtures.signIn(f.leader());
        PurchaseDetails.PledgeAnswers answers = purchases.get(id).answers();
        assertThat(answeredBefore).isEqualTo(3);
        assertThat(answers.pledged()).isEqualTo(3);
        assertThat(answers.takingNothing()).containsExactly("제빵사1");
        assertThat(answers.iTakeNothing()).isFalse();
        Fixtures.signIn(members.get(3));
        assertThat(purchases.get(id).answers().iTakeNothing()).isTrue();

        Fixtures.signIn(f.leader());
        PurchaseDetails.LineView live = purchases.get(id).lines().get(0);
        assertThat(live.pledgedUnits()).isEqualTo(5);
        assertThat(live.fullPacks()).isEqualTo(2);
        assertThat(live.unitsTowardsNextPack()).isEqualTo(1);

        awaitStage(id, Stage.AWAITING_SUPPLIER);
        assertThat(purchases.get(id).lines().get(0).orderedPacks())
                .as("5 firm + 1 tolerance = 3 packs")
                .isEqualTo(3);

        complete(supplier, "purchase-supplier-answer", Map.of("answer", "CONFIRM"));
        awaitStage(id, Stage.SETTLING);

        Fixtures.signIn(f.leader());
        await().pollInSameThread().atMost(WAIT).until(() -> billing.bills(id).size() == 3);
        List<BillDetails> bills = billing.bills(id);
        long goods = 6 * 31_000L;
        assertThat(bills.stream().mapToLong(BillDetails::total).sum())
                .isEqualTo(goods + 30_000 + 6_000);
        assertThat(bills)
                .extracting(BillDetails::member)
                .containsExactlyInAnyOrder(f.leader(), f.member(), members.get(2));

        for (BillDetails bill : bills) {
            complete(bill.member(), "purchase-payment", Map.of("paid", true));
        }
        for (BillDetails bill : bills) {
            confirmReceipt(f.leader(), bill);
        }
        // The database refuses the delivery's write for a moment: the leader is told, and the step
        // stays theirs to do again (the engine did not move on without the write).
        TaskDetails delivery = taskOf(f.leader(), "purchase-delivery");
        jdbc.execute(
                "CREATE TRIGGER purchase_refused_"
                        + id
                        + " BEFORE UPDATE ON purchase FOR EACH ROW"
                        + " IF OLD.id = "
                        + id
                        + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused'; END IF");
        try {
            assertThatThrownBy(() -> inbox.complete(delivery.id(), Map.of("delivered", true)))
                    .isInstanceOf(RuntimeException.class);
        } finally {
            jdbc.execute("DROP TRIGGER purchase_refused_" + id);
        }
        assertThat(inbox.get(delivery.id()).status()).isEqualTo(TaskStatus.OPEN);
        assertThat(purchases.get(id).stage()).isEqualTo(Stage.SETTLING);
        inbox.complete(delivery.id(), Map.of("delivered", true));
        awaitStage(id, Stage.CLOSED);

        Fixtures.signIn(f.member());
        assertThat(billing.myLedger())
                .singleElement()
                .satisfies(
                        b -> {
                            assertThat(b.paid()).isEqualTo(b.total());
                            assertThat(b.lines())
                                    .singleElement()
                                    .satisfies(l -> assertThat(l.units()).isEqualTo(2));
                        });
        assertThat(billing.bills(id)).as("a member sees only their own bill").hasSize(1);
    }

    @Test
    void aPledgeTheEngineNoLongerTookIsWithdrawnAndTheMemberIsTold() {
        long id = votedThrough();
        long line = purchases.get(id).lines().get(0).id();
        TaskDetails leaders = taskOf(f.leader(), "purchase-pledge");
        inbox.complete(leaders.id(), FlourPurchase.pledge(line, 3, 0));
        awaitSent(leaders);

        // The order closes in the engine (cancelled here, as its deadline would close it) before
        // the member's pledge reaches it.
        TaskDetails late = taskOf(f.member(), "purchase-pledge");
        camunda.newCancelInstanceCommand(processInstanceOf(late)).send().join();
        inbox.complete(late.id(), FlourPurchase.pledge(line, 2, 0));

        awaitNotTaken(late);
        Fixtures.signIn(f.leader());
        assertThat(purchases.get(id).lines().get(0).pledgedUnits())
                .as("the leader's 3 units count; the member's 2 were not taken")
                .isEqualTo(3);
        assertThat(inbox.get(leaders.id()).status()).isEqualTo(TaskStatus.COMPLETED);
    }

    @Test
    void aSupplierAnswerTheEngineNoLongerTookIsUndoneSoTheLeaderCanStillDecide() {
        long id = votedThrough();
        long line = purchases.get(id).lines().get(0).id();
        for (String m : members) {
            pledge(m, id, line, 2, 0);
        }
        awaitStage(id, Stage.AWAITING_SUPPLIER);

        // The supplier's answer time runs out in the engine (cancelled here) before the answer
        // reaches it.
        TaskDetails answer = taskOf(supplier, "purchase-supplier-answer");
        camunda.newCancelInstanceCommand(processInstanceOf(answer)).send().join();
        inbox.complete(answer.id(), Map.of("answer", "CONFIRM"));

        awaitNotTaken(answer);
        assertThat(
                        jdbc.queryForMap(
                                "select p.supplier_answer, l.confirmed_packs from purchase p"
                                        + " join purchase_line l on l.purchase_id = p.id where p.id = ?",
                                id))
                .as("the order awaits the supplier's answer again")
                .containsEntry("supplier_answer", null)
                .containsEntry("confirmed_packs", null);
        Fixtures.signIn(f.leader());
        assertThat(purchases.get(id).stage()).isEqualTo(Stage.AWAITING_SUPPLIER);
    }

    /** A proposal of the leader's that every member voted for: the order is open. */
    private long votedThrough() {
        Fixtures.signIn(f.leader());
        long id = proposals.propose(proposal(30_000)).id();
        members.forEach(m -> complete(m, "member-vote", Map.of("choice", "YES")));
        awaitStage(id, Stage.ORDERING);
        return id;
    }

    private void awaitSent(TaskDetails task) {
        await().atMost(WAIT)
                .until(() -> PendingCompletions.stateOf(jdbc, task.id()).startsWith("DONE/"));
    }

    private void awaitNotTaken(TaskDetails task) {
        PendingCompletions.awaitNotTaken(jdbc, task.id(), WAIT);
    }

    private long processInstanceOf(TaskDetails task) {
        return PendingCompletions.processInstanceOf(jdbc, task.id());
    }

    @Test
    void aRejectedProposalIsClosedAndNobodyCanPledge() {
        Fixtures.signIn(f.leader());
        long id = proposals.propose(proposal(0)).id();
        members.forEach(m -> complete(m, "member-vote", Map.of("choice", "NO")));
        awaitStage(id, Stage.REJECTED);

        Fixtures.signIn(f.member());
        long line = purchases.get(id).lines().get(0).id();
        assertThatThrownBy(() -> pledgeOne(id, line))
                .isInstanceOf(BusinessException.class)
                .hasMessage("error.pledge.notOrdering");
    }

    @Test
    void badProposalsAndPledgesAreRefusedAndChangeNothing() {
        Fixtures.signIn(f.member());
        assertThatThrownBy(() -> proposals.propose(proposal(0)))
                .isInstanceOf(AccessDeniedException.class);

        Fixtures.signIn(f.leader());
        ProposalForm good = proposal(0);
        assertThatThrownBy(
                        () ->
                                proposals.propose(
                                        withDeadlines(
                                                good, good.voteDeadline(), good.voteDeadline())))
                .hasMessage("error.purchase.orderBeforeVote");
        assertThatThrownBy(
                        () ->
                                proposals.propose(
                                        withDeadlines(
                                                good,
                                                Instant.now().minusSeconds(60),
                                                good.orderDeadline())))
                .hasMessage("error.vote.deadlinePast");
        assertThatThrownBy(() -> proposals.propose(withDeadlines(good, good.voteDeadline(), null)))
                .as("a missing order deadline is named as such")
                .hasMessage("error.purchase.orderDeadlineRequired");
        assertThatThrownBy(
                        () ->
                                proposals.propose(
                                        withLine(
                                                good,
                                                new ProposalForm.LineForm(
                                                        "밀가루", "포대", 0, 2, null))))
                .hasMessage("error.line.negativePrice");
        assertThatThrownBy(
                        () ->
                                proposals.propose(
                                        withLine(
                                                good,
                                                new ProposalForm.LineForm(
                                                        "밀가루", "포대", 2_000_000_000_000L, 2, null))))
                .hasMessage("error.money.tooLarge");
        assertThatThrownBy(
                        () ->
                                proposals.propose(
                                        new ProposalForm(
                                                f.coopId(),
                                                supplierId,
                                                "가".repeat(10_000),
                                                "",
                                                good.lines(),
                                                0,
                                                0,
                                                SplitBasis.BY_VALUE,
                                                good.voteDeadline(),
                                                good.orderDeadline(),
                                                0)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(purchases.ofCoop(f.coopId())).isEmpty();

        long id = proposals.propose(good).id();
        members.forEach(m -> complete(m, "member-vote", Map.of("choice", "YES")));
        awaitStage(id, Stage.ORDERING);
        long line = purchases.get(id).lines().get(0).id();
        Fixtures.signIn(f.member());
        assertThatThrownBy(
                        () ->
                                pledges.pledge(
                                        id,
                                        new PledgeForm(
                                                List.of(new PledgeForm.LinePledge(line, -1, 0)))))
                .hasMessage("error.pledge.negative");
        assertThatThrownBy(
                        () ->
                                pledges.pledge(
                                        id,
                                        new PledgeForm(
                                                List.of(new PledgeForm.LinePledge(line, 11, 0)))))
                .hasMessage("error.pledge.aboveMaximum");
        TaskDetails task = taskOf(f.member(), "purchase-pledge");
        assertThatThrownBy(
                        () ->
                                inbox.complete(
                                        task.id(),
                                        Map.of(
                                                "lines",
                                                List.of(Map.of("lineId", line, "quantity", 1.5)))))
                .hasMessage("error.number.whole");
        assertThatThrownBy(() -> inbox.complete(task.id(), Map.of("nothing", false)))
                .as("neither quantities nor 'nothing'")
                .hasMessage("error.pledge.empty");
        Fixtures.signIn(f.otherLeader());
        assertThatThrownBy(() -> pledgeOne(id, line)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> pledges.takeNothing(id)).isInstanceOf(BusinessException.class);
        Fixtures.signIn(f.member());
        assertThat(purchases.get(id).lines().get(0).myQuantity()).isZero();
        assertThat(purchases.get(id).answers().pledged()).isZero();
        assertThat(purchases.get(id).answers().takingNothing()).isEmpty();
    }

    @Test
    void theTaskListSaysWhatAVoteTaskIsAbout() {
        Fixtures.signIn(f.leader());
        proposals.propose(proposal(0));

        TaskDetails vote = taskOf(f.member(), "member-vote");
        assertThat(vote.subject()).isEqualTo("추석 대비 밀가루 공동구매");
        var listed =
                BadInput.tree(
                                new BadInput(port, jdbc)
                                        .ok(
                                                "GET",
                                                "/api/v1/tasks?processId=member-vote",
                                                f.member(),
                                                null))
                        .get("items");
        assertThat(listed.valueStream().map(t -> t.get("subject").asString()))
                .contains("투표: 추석 대비 밀가루 공동구매");
    }

    private ProposalForm proposal(long shipping) {
        Instant now = Instant.now();
        return new ProposalForm(
                f.coopId(),
                supplierId,
                "추석 대비 밀가루 공동구매",
                "명절 전에 함께 사면 포대당 2,000원 싸요",
                List.of(new ProposalForm.LineForm("밀가루 20kg", "포대", 31_000, 2, 10L)),
                shipping,
                6_000,
                SplitBasis.BY_VALUE,
                now.plus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(5)),
                100_000);
    }

    private static ProposalForm withDeadlines(ProposalForm p, Instant vote, Instant order) {
        return new ProposalForm(
                p.coopId(),
                p.supplierId(),
                p.title(),
                p.reason(),
                p.lines(),
                p.shippingCost(),
                p.coopFee(),
                p.splitBasis(),
                vote,
                order,
                p.supplierMinimum());
    }

    private static ProposalForm withLine(ProposalForm p, ProposalForm.LineForm line) {
        return new ProposalForm(
                p.coopId(),
                p.supplierId(),
                p.title(),
                p.reason(),
                List.of(line),
                p.shippingCost(),
                p.coopFee(),
                p.splitBasis(),
                p.voteDeadline(),
                p.orderDeadline(),
                p.supplierMinimum());
    }

    private void pledge(
            String member, long purchaseId, long lineId, long quantity, long tolerance) {
        complete(member, "purchase-pledge", FlourPurchase.pledge(lineId, quantity, tolerance));
    }

    private void complete(String user, String formKey, Map<String, Object> form) {
        TaskDetails task = taskOf(user, formKey);
        inbox.complete(task.id(), form);
    }

    private TaskDetails taskOf(String user, String formKey) {
        return MyTaskList.awaitTask(inbox, user, formKey, WAIT);
    }

    private void awaitStage(long id, Stage stage) {
        FlourPurchase.awaitStage(purchases, f.leader(), id, stage, WAIT);
    }

    private void confirmReceipt(String leader, BillDetails bill) {
        FlourPurchase.confirmReceipt(inbox, leader, bill, WAIT);
    }

    /** Pledges one unit of the line, as the signed-in user. */
    private void pledgeOne(long purchaseId, long lineId) {
        pledges.pledge(
                purchaseId, new PledgeForm(List.of(new PledgeForm.LinePledge(lineId, 1, 0))));
    }
}
