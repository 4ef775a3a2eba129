package org.sangsaeng.purchase.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.sangsaeng.purchase.SplitBasis;
import org.sangsaeng.purchase.Stage;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.voting.Outcome;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The moves of a group purchase: each legal one, and each illegal one refused, nothing changed. */
class PurchaseTests {

    final Instant created = Instant.parse("2026-11-20T00:00:00Z");
    final Instant voteDeadline = Instant.parse("2026-11-22T00:00:00Z");
    final Instant orderDeadline = Instant.parse("2026-11-25T00:00:00Z");
    final Instant later = Instant.parse("2026-11-27T00:00:00Z");
    final Instant end = Instant.parse("2026-12-01T00:00:00Z");

    Purchase proposed() {
        return new Purchase(
                1,
                2,
                3,
                "밀가루",
                "",
                SplitBasis.BY_VALUE,
                12_000,
                6_000,
                300_000,
                voteDeadline,
                orderDeadline,
                1,
                50,
                "MAJORITY",
                null,
                false,
                created);
    }

    Purchase ordering() {
        Purchase p = proposed();
        p.closeVoting(7, Outcome.PASSED);
        p.openOrdering();
        return p;
    }

    Purchase orderClosed() {
        Purchase p = ordering();
        p.closeOrdering();
        return p;
    }

    Purchase awaitingSupplier() {
        Purchase p = orderClosed();
        p.sendToSupplier();
        return p;
    }

    Purchase answered(String answer) {
        Purchase p = awaitingSupplier();
        p.supplierAnswered(answer, null);
        return p;
    }

    Purchase priceCheck() {
        Purchase p = answered("PARTIAL");
        p.supplyConfirmed(true);
        return p;
    }

    Purchase settling() {
        Purchase p = answered("CONFIRM");
        p.supplyConfirmed(false);
        return p;
    }

    Purchase delivered() {
        Purchase p = settling();
        p.delivered();
        return p;
    }

    /** The move is refused with the purchase's stage named, and the purchase is as it was. */
    static void refused(Purchase p, Consumer<Purchase> move, String messageKey) {
        Stage stage = p.getStage();
        Long voteId = p.getVoteId();
        Outcome outcome = p.getVoteOutcome();
        Instant deadline = p.getOrderDeadline();
        String answer = p.getSupplierAnswer();
        String cancelReason = p.getCancelReason();
        assertThatThrownBy(() -> move.accept(p))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo(messageKey);
        assertThat(p.getStage()).isEqualTo(stage);
        assertThat(p.getVoteId()).isEqualTo(voteId);
        assertThat(p.getVoteOutcome()).isEqualTo(outcome);
        assertThat(p.getOrderDeadline()).isEqualTo(deadline);
        assertThat(p.getSupplierAnswer()).isEqualTo(answer);
        assertThat(p.getCancelReason()).isEqualTo(cancelReason);
        assertThat(p.getClosedAt()).isNull();
    }

    static void wrongStage(Purchase p, Consumer<Purchase> move) {
        refused(p, move, "error.purchase.wrongStage");
    }

    /**
     * What the leader reads when a move comes at the wrong stage: the stage by its name in her
     * language, as the app's bundles (the same basename and encoding as application.yaml) give it.
     */
    @Test
    void aRefusalNamesTheStageInTheReadersLanguage() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        Messages messages = new Messages(bundles);
        Purchase p = proposed();
        BusinessException refusal =
                catchThrowableOfType(BusinessException.class, () -> p.closeOrdering());

        assertThat(messages.explain(refusal, Locale.KOREAN))
                .isEqualTo("지금 공동구매 단계(투표 중)에서는 할 수 없습니다.");
        assertThat(messages.explain(refusal, Locale.ENGLISH))
                .isEqualTo("The group purchase cannot do this at its current stage (Voting).");
    }

    @Test
    void aProposalIsVotedOn() {
        assertThat(proposed().getStage()).isEqualTo(Stage.VOTING);
    }

    @Test
    void closingTheVoteRecordsItsOutcomeOnce() {
        Purchase p = proposed();
        p.closeVoting(7, Outcome.PASSED);
        p.closeVoting(7, Outcome.PASSED);
        assertThat(p.getVoteId()).isEqualTo(7L);
        assertThat(p.getVoteOutcome()).isEqualTo(Outcome.PASSED);
        assertThat(p.getStage()).isEqualTo(Stage.VOTING);

        wrongStage(p, x -> x.closeVoting(8, Outcome.FAILED));
        wrongStage(ordering(), x -> x.closeVoting(8, Outcome.PASSED));
    }

    @Test
    void aVoteThatDidNotPassRejectsTheProposal() {
        Purchase p = proposed();
        p.closeVoting(7, Outcome.NO_QUORUM);
        p.reject(end);
        p.reject(end);
        assertThat(p.getStage()).isEqualTo(Stage.REJECTED);
        assertThat(p.getClosedAt()).isEqualTo(end);

        wrongStage(proposed(), x -> x.reject(end));
        Purchase passed = proposed();
        passed.closeVoting(7, Outcome.PASSED);
        wrongStage(passed, x -> x.reject(end));
        wrongStage(ordering(), x -> x.reject(end));
    }

    @Test
    void onlyAPassedVoteOpensOrdering() {
        Purchase p = ordering();
        p.openOrdering();
        assertThat(p.getStage()).isEqualTo(Stage.ORDERING);

        wrongStage(proposed(), Purchase::openOrdering);
        Purchase failed = proposed();
        failed.closeVoting(7, Outcome.FAILED);
        wrongStage(failed, Purchase::openOrdering);
        wrongStage(orderClosed(), Purchase::openOrdering);
    }

    @Test
    void pledgesAreTakenWhileOrderingBeforeTheDeadline() {
        ordering().checkOpenForPledges(voteDeadline);

        refused(ordering(), x -> x.checkOpenForPledges(orderDeadline), "error.pledge.notOrdering");
        refused(proposed(), x -> x.checkOpenForPledges(created), "error.pledge.notOrdering");
        refused(orderClosed(), x -> x.checkOpenForPledges(created), "error.pledge.notOrdering");
    }

    @Test
    void closingTheOrderingEndsThePledges() {
        Purchase p = orderClosed();
        p.closeOrdering();
        assertThat(p.getStage()).isEqualTo(Stage.ORDER_CLOSED);

        wrongStage(proposed(), Purchase::closeOrdering);
        wrongStage(awaitingSupplier(), Purchase::closeOrdering);
    }

    @Test
    void theOrderDeadlineIsExtendedOnceAfterTheOrderClosed() {
        Purchase p = orderClosed();
        p.extendOrdering(later);
        p.extendOrdering(later);
        assertThat(p.getStage()).isEqualTo(Stage.ORDERING);
        assertThat(p.getOrderDeadline()).isEqualTo(later);
        assertThat(p.isOrderDeadlineExtended()).isTrue();

        p.closeOrdering();
        refused(p, Purchase::checkExtendable, "error.purchase.alreadyExtended");
        refused(p, x -> x.extendOrdering(end), "error.purchase.alreadyExtended");
        wrongStage(ordering(), x -> x.extendOrdering(later));
        wrongStage(awaitingSupplier(), x -> x.extendOrdering(later));
    }

    @Test
    void theOrderGoesToTheSupplierAndAgainWhileItIsSilent() {
        Purchase p = awaitingSupplier();
        p.sendToSupplier();
        assertThat(p.getStage()).isEqualTo(Stage.AWAITING_SUPPLIER);

        wrongStage(ordering(), Purchase::sendToSupplier);
        refused(
                answered("CONFIRM"),
                Purchase::sendToSupplier,
                "error.purchase.notAwaitingSupplier");
    }

    @Test
    void theSupplierAnswersOnce() {
        Purchase p = answered("REJECT");
        assertThat(p.getSupplierAnswer()).isEqualTo("REJECT");

        refused(p, x -> x.supplierAnswered("CONFIRM", null), "error.purchase.notAwaitingSupplier");
        refused(
                orderClosed(),
                x -> x.supplierAnswered("CONFIRM", null),
                "error.purchase.notAwaitingSupplier");
    }

    @Test
    void theLeaderCancelsForASilentSupplierOnly() {
        Purchase p = awaitingSupplier();
        p.cancelForSilentSupplier("연락 두절");
        assertThat(p.getCancelReason()).isEqualTo("연락 두절");

        refused(
                answered("CONFIRM"),
                x -> x.cancelForSilentSupplier("늦음"),
                "error.purchase.notAwaitingSupplier");
        refused(
                orderClosed(),
                x -> x.cancelForSilentSupplier("늦음"),
                "error.purchase.notAwaitingSupplier");
    }

    @Test
    void theSuppliersConfirmationLeadsToThePriceCheckOrTheSplit() {
        assertThat(priceCheck().getStage()).isEqualTo(Stage.PRICE_CHECK);
        assertThat(settling().getStage()).isEqualTo(Stage.SETTLING);
        Purchase again = settling();
        again.supplyConfirmed(false);
        assertThat(again.getStage()).isEqualTo(Stage.SETTLING);

        wrongStage(awaitingSupplier(), x -> x.supplyConfirmed(false));
        wrongStage(answered("REJECT"), x -> x.supplyConfirmed(false));
        wrongStage(orderClosed(), x -> x.supplyConfirmed(true));
    }

    @Test
    void theBillIsSplitAfterTheSupplierOrTheLeadersPriceCheck() {
        Purchase p = priceCheck();
        p.settle();
        assertThat(p.getStage()).isEqualTo(Stage.SETTLING);
        Purchase s = settling();
        s.settle();
        assertThat(s.getStage()).isEqualTo(Stage.SETTLING);

        wrongStage(awaitingSupplier(), Purchase::settle);
        wrongStage(delivered(), Purchase::settle);
    }

    @Test
    void theDeliveryIsConfirmedWhileSettling() {
        Purchase p = delivered();
        p.delivered();
        assertThat(p.getStage()).isEqualTo(Stage.DELIVERY);

        wrongStage(priceCheck(), Purchase::delivered);
        wrongStage(ordering(), Purchase::delivered);
    }

    @Test
    void aDeliveredPurchaseCloses() {
        Purchase p = delivered();
        p.close(end);
        p.close(later);
        assertThat(p.getStage()).isEqualTo(Stage.CLOSED);
        assertThat(p.getClosedAt()).isEqualTo(end);

        wrongStage(settling(), x -> x.close(end));
        wrongStage(proposed(), x -> x.close(end));
    }

    @Test
    void aPurchaseIsCancelledBeforeTheSplitOnly() {
        for (Purchase p : new Purchase[] {orderClosed(), awaitingSupplier(), priceCheck()}) {
            p.cancel(end);
            p.cancel(later);
            assertThat(p.getStage()).isEqualTo(Stage.CANCELLED);
            assertThat(p.getClosedAt()).isEqualTo(end);
        }

        wrongStage(proposed(), x -> x.cancel(end));
        wrongStage(ordering(), x -> x.cancel(end));
        wrongStage(settling(), x -> x.cancel(end));
        wrongStage(delivered(), x -> x.cancel(end));
    }
}
