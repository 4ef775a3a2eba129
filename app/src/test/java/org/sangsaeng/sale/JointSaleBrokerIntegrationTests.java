package org.sangsaeng.sale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.BrokerIntegrationTest;
import org.sangsaeng.Fixtures;
import org.sangsaeng.ProcessInstances;
import org.sangsaeng.ShiftedClock;
import org.sangsaeng.governance.CoopRulesService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A joint sale on the real Zeebe broker and MariaDB, from the proposal to the shops' statements:
 * the shops confirm, the members vote, customers order (one pays by transfer), the order window's
 * and the pickup's timers fire in the broker, the counter hands over, the takings less the co-op's
 * 1 % are split to the won, and the audit trail holds every step.
 */
@Import(ShiftedClock.Config.class)
class JointSaleBrokerIntegrationTests extends BrokerIntegrationTest {

    static final Duration WAIT = Duration.ofMinutes(4);

    @Autowired CoopRulesService rules;
    @Autowired JointOfferService offers;
    @Autowired CustomerOrders customers;
    @Autowired SaleCounter counter;
    @Autowired SaleLedger ledger;
    @Autowired ShiftedClock clock;

    @AfterEach
    void reset() {
        Fixtures.signOut();
        clock.reset();
    }

    @Test
    void aGiftSetFromProposalToTheShopsStatementsOnTheBroker() {
        GiftSet gift = GiftSet.prepare(accounts, coops, inbox, jdbc);
        gift.chargeFees(accounts, rules, 100, 0, 0);

        // Proposed on a clock set back by the shops' and the vote's time: the orders close 90 s
        // from now,
        // the pickup runs two minutes after that (both timers fire in the broker's real time).
        Instant deadline = Instant.now().plusSeconds(90);
        OfferForm gifts = gift.form(20, 2, deadline, GiftSet.ACCOUNT);
        OfferForm form =
                new OfferForm(
                        gifts.coopId(),
                        gifts.title(),
                        gifts.description(),
                        gifts.salePrice(),
                        gifts.sets(),
                        gifts.minimumSets(),
                        deadline,
                        false,
                        gifts.parts(),
                        List.of(
                                new OfferForm.SlotForm(
                                        "중앙시장 고객센터",
                                        deadline.plusSeconds(1),
                                        deadline.plusSeconds(120))),
                        GiftSet.ACCOUNT);
        clock.shift(JointSaleIntegrationTests.VOTING_TIME.negated());
        long id;
        try {
            Fixtures.signIn(gift.f().leader());
            id = offers.propose(form).id();
        } finally {
            clock.reset();
        }
        gift.everyShopConfirms();
        gift.everyoneVotes("YES");
        gift.awaitStage(offers, id, OfferStage.ORDERING, WAIT);

        OrderReceipt cash = order(gift, id, 2, "김민지");
        OrderReceipt transfer = order(gift, id, 1, "이준호");
        Fixtures.signIn(gift.f().leader());
        ledger.confirmTransfer(id, transfer.pickupCode());

        gift.awaitStage(offers, id, OfferStage.PREPARING, WAIT);
        gift.shopsReady(WAIT);
        Fixtures.signIn(gift.f().member());
        assertThat(counter.pickUp(cash.pickupCode(), PaymentMethod.CASH).paid()).isEqualTo(160_000);
        assertThat(counter.pickUp(transfer.pickupCode(), null).paidBy())
                .isEqualTo(PaymentMethod.TRANSFER);

        gift.awaitStage(offers, id, OfferStage.CLOSED, WAIT);
        Fixtures.signIn(gift.f().member());
        // 240,000 won less the co-op's 1 % (2,400) is 237,600 for 36,000 : 135,000 : 45,000 of
        // value.
        SaleStatement statement = ledger.statement(id);
        assertThat(statement.received()).isEqualTo(240_000);
        assertThat(statement.fee()).isEqualTo(2_400);
        assertThat(statement.shares())
                .extracting(SaleStatement.Line::shop, SaleStatement.Line::amount)
                .containsExactly(
                        tuple(gift.f().leader(), 39_600L),
                        tuple(gift.f().member(), 148_500L),
                        tuple(gift.riceCakes(), 49_500L));
        assertThat(ledger.myLedger())
                .extracting(SaleLedger.LedgerEntry::amount)
                .containsExactly(148_500L);

        long instance = ProcessInstances.of(jdbc, "joint_offer", id);
        ProcessInstances.awaitCompleted(jdbc, instance, "OfferClosedEndEvent", WAIT);
        assertThat(completedElements(instance))
                .contains(
                        "ConfirmPartTask",
                        "OpenVoteTask",
                        "RecordVoteTask",
                        "OrderWindowClosedTimerEvent",
                        "CloseOrdersTask",
                        "PreparePartTask",
                        "PickupEndedTimerEvent",
                        "CloseOfferTask");
        assertThat(completedBy(instance)).containsExactlyInAnyOrderElementsOf(gift.shops());
    }

    private OrderReceipt order(GiftSet gift, long offerId, int sets, String name) {
        String phone = GiftSet.newPhone();
        customers.sendCode(phone, Locale.KOREAN);
        long slot = customers.publicOffer(offerId).slots().getFirst().id();
        return customers.order(
                offerId,
                new OrderForm(sets, name, phone, gift.lastCode(phone), slot),
                Locale.KOREAN);
    }
}
