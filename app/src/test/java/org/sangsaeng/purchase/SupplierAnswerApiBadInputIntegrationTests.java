package org.sangsaeng.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.tasks.MyTaskList;
import org.sangsaeng.tasks.TaskInbox;
import org.sangsaeng.web.BadInputTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The supplier's answer through the task API: a reason that is not text is refused with a message
 * naming the field, and the task stays open with the purchase unchanged (issue 19, point 7).
 */
class SupplierAnswerApiBadInputIntegrationTests extends BadInputTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired PurchaseService purchases;
    @Autowired ProposalService proposals;
    @Autowired TaskInbox inbox;

    FlourPurchase flour;
    long purchaseId;
    long taskId;
    Supplier<?> state;

    @BeforeEach
    void givenAnOrderAwaitingTheSuppliersAnswer() {
        flour = FlourPurchase.prepare(accounts, coops, f, 0);
        purchaseId = flour.propose(proposals, "밀가루 공동구매");
        flour.members()
                .forEach(
                        m ->
                                MyTaskList.complete(
                                        inbox, m, "member-vote", Map.of("choice", "YES"), WAIT));
        awaitStage(Stage.ORDERING);
        long line = purchases.get(purchaseId).lines().getFirst().id();
        // Five sacks each: 310,000 won, above the supplier's minimum.
        flour.members()
                .forEach(
                        m ->
                                MyTaskList.complete(
                                        inbox,
                                        m,
                                        "purchase-pledge",
                                        FlourPurchase.pledge(line, 5),
                                        WAIT));
        awaitStage(Stage.AWAITING_SUPPLIER);
        taskId =
                MyTaskList.awaitTask(inbox, flour.supplier(), "purchase-supplier-answer", WAIT)
                        .id();
        Fixtures.signOut();
        state =
                bad.rows(
                        "select t.status, t.completed_by, p.stage from task t, purchase p where t.job_key = ?"
                                + " and p.id = ?",
                        taskId,
                        purchaseId);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void aReasonThatIsNotTextIsRefusedAndTheTaskStaysOpen() {
        for (String reason : List.of("42", "4.5", "true", "{\"text\":\"품절\"}", "[\"품절\"]")) {
            var refused =
                    bad.refused(
                            400,
                            "POST",
                            "/api/v1/tasks/" + taskId + "/complete",
                            flour.supplier(),
                            "{\"answer\":\"REJECT\",\"reason\":" + reason + "}",
                            state);
            assertThat(refused.body()).as(reason).contains("error.form.text").contains("reason");
        }
        assertThat(state.get()).asString().contains("OPEN", "AWAITING_SUPPLIER");

        bad.ok(
                "POST",
                "/api/v1/tasks/" + taskId + "/complete",
                flour.supplier(),
                "{\"answer\":\"REJECT\",\"reason\":\"밀가루 품절\"}");
    }

    private void awaitStage(Stage stage) {
        FlourPurchase.awaitStage(purchases, f.leader(), purchaseId, stage, WAIT);
    }
}
