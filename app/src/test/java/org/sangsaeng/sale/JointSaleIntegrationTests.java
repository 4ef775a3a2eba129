package org.sangsaeng.sale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.InMemoryEngineTest;
import org.sangsaeng.ShiftedClock;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.governance.CoopRulesService;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.tasks.MyTaskList;
import org.sangsaeng.tasks.PendingCompletions;
import org.sangsaeng.tasks.TaskDetails;
import org.sangsaeng.tasks.TaskFilter;
import org.sangsaeng.tasks.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A joint sale from proposal to closed, through our services, task inbox and workers, on a real
 * MariaDB and the in-memory engine (every job worked twice). The engine keeps real time, so the
 * app's clock is set back while the offer is proposed: its order window then closes a minute from
 * now.
 */
@Import(ShiftedClock.Config.class)
class JointSaleIntegrationTests extends InMemoryEngineTest {

    /**
     * The default rules: the shops' 48 hours and the vote's 72 hours must fit before the orders
     * close.
     */
    static final Duration VOTING_TIME = Duration.ofHours(48 + 72);

    /**
     * Long enough for an order window or a pickup slot to run out in real time on two busy cores.
     */
    static final Duration TIMER_WAIT = Duration.ofMinutes(4);

    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired JointOfferService offers;
    @Autowired CustomerOrders customers;
    @Autowired SaleCounter counter;
    @Autowired SaleLedger ledger;
    @Autowired CoopRulesService rules;
    @Autowired TaskInbox inbox;
    @Autowired CamundaClient camunda;
    @Autowired JdbcTemplate jdbc;
    @Autowired ShiftedClock clock;

    GiftSet gift;

    @BeforeEach
    void givenAGiftSetOfThreeShops() {
        gift = GiftSet.prepare(accounts, coops, inbox, jdbc);
    }

    @AfterEach
    void reset() {
        Fixtures.signOut();
        clock.reset();
    }

    @Test
    void threeShopsSellGiftSetsCustomersOrderWithTheirPhonesPayAndPickUpAndTheShopsArePaid() {
        // The co-op takes 2 %, a card payment costs 0.8 %, a transfer 500 won (the foundation sets
        // the rules).
        gift.chargeFees(accounts, rules, 200, 80, 500);
        long id = proposeClosingIn(Duration.ofSeconds(120), 20, 2, GiftSet.ACCOUNT);
        gift.everyShopConfirms();
        gift.awaitStage(offers, id, OfferStage.VOTING);
        gift.everyoneVotes("YES");
        gift.awaitStage(offers, id, OfferStage.ORDERING);

        String minji = GiftSet.newPhone();
        OrderReceipt first = order(id, 2, "김민지", minji);
        assertThat(first.amount()).isEqualTo(160_000);
        assertThat(gift.smsTo(minji).getLast())
                .contains(
                        "설 선물세트",
                        "2세트",
                        "160,000원",
                        first.pickupCode(),
                        "/sale/order/" + first.orderToken(),
                        "중앙시장 고객센터",
                        GiftSet.ACCOUNT);
        String junho = GiftSet.newPhone();
        OrderReceipt second = order(id, 1, "이준호", junho);
        String seoyeon = GiftSet.newPhone();
        OrderReceipt third = order(id, 1, "박서연", seoyeon);
        OrderReceipt fourth = order(id, 1, "최영수", GiftSet.newPhone());
        // Changed her mind: the link cancels the order and its set is free again.
        assertThat(customers.cancel(third.orderToken()).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(gift.smsTo(seoyeon).getLast()).contains("취소");
        assertThat(customers.publicOffer(id).setsLeft()).isEqualTo(16);
        OrderDetails mine = customers.details(first.orderToken());
        assertThat(mine.maskedPhone())
                .isEqualTo(minji.substring(0, 4) + "****" + minji.substring(8));
        assertThat(mine.cancellable()).isTrue();
        assertThat(mine.transferAccount()).isEqualTo(GiftSet.ACCOUNT);

        // He transferred the money; the leader finds it in the co-op's account and confirms it;
        // only the leader can.
        Fixtures.signIn(gift.f().member());
        assertThatThrownBy(() -> ledger.confirmTransfer(id, second.pickupCode()))
                .hasMessage("error.sale.leaderOnly");
        Fixtures.signIn(gift.f().leader());
        assertThat(ledger.confirmTransfer(id, second.pickupCode()).paidBy())
                .isEqualTo(PaymentMethod.TRANSFER);
        assertThatThrownBy(() -> ledger.confirmTransfer(id, second.pickupCode()))
                .hasMessage("error.sale.paidAlready");
        assertThat(gift.smsTo(junho).getLast()).contains("입금", "80,000원", second.pickupCode());
        assertThat(customers.details(second.orderToken()))
                .extracting(OrderDetails::paidBy, OrderDetails::cancellable)
                .containsExactly(PaymentMethod.TRANSFER, false);
        assertThatThrownBy(() -> customers.cancel(second.orderToken()))
                .hasMessage("error.sale.paidCancelThroughCoop");

        gift.awaitStage(offers, id, OfferStage.PREPARING, TIMER_WAIT);
        assertThatThrownBy(() -> order(id, 1, "늦은손님", GiftSet.newPhone()))
                .isInstanceOf(BusinessException.class)
                .hasMessage("error.sale.orderWindowClosed");
        assertThatThrownBy(() -> customers.cancel(fourth.orderToken()))
                .hasMessage("error.sale.orderWindowClosed");
        gift.shopsReady(GiftSet.WAIT);

        // At the counter: she pays 160,000 won by card; his order shows as paid, nothing is taken.
        Fixtures.signIn(gift.f().member());
        SaleCounter.OrderLine atCounter = counter.look(first.pickupCode());
        assertThat(atCounter.amount()).isEqualTo(160_000);
        assertThat(atCounter.paidBy()).isNull();
        assertThatThrownBy(() -> counter.pickUp(first.pickupCode(), null))
                .hasMessage("error.sale.paymentMethodRequired");
        PickupReceipt handed =
                counter.pickUp(first.pickupCode().toLowerCase(Locale.ROOT), PaymentMethod.CARD);
        assertThat(handed.sets()).isEqualTo(2);
        assertThat(handed.paid()).isEqualTo(160_000);
        assertThat(handed.paidBy()).isEqualTo(PaymentMethod.CARD);
        assertThatThrownBy(() -> counter.pickUp(first.pickupCode(), PaymentMethod.CASH))
                .hasMessage("error.sale.codeUsed");
        assertThat(counter.look(second.pickupCode()).paidBy()).isEqualTo(PaymentMethod.TRANSFER);
        assertThat(counter.pickUp(second.pickupCode(), PaymentMethod.CASH).paidBy())
                .isEqualTo(PaymentMethod.TRANSFER);
        Fixtures.signIn(gift.f().otherLeader());
        assertThatThrownBy(() -> counter.pickUp(fourth.pickupCode(), PaymentMethod.CASH))
                .hasMessage("error.sale.counterMembersOnly");

        gift.awaitStage(offers, id, OfferStage.CLOSED, TIMER_WAIT);
        Fixtures.signIn(gift.f().leader());
        assertThat(counter.orders(id))
                .extracting(
                        SaleCounter.OrderLine::customerName,
                        SaleCounter.OrderLine::status,
                        SaleCounter.OrderLine::paidBy)
                .containsExactly(
                        tuple("김민지", OrderStatus.PICKED_UP, PaymentMethod.CARD),
                        tuple("이준호", OrderStatus.PICKED_UP, PaymentMethod.TRANSFER),
                        tuple("박서연", OrderStatus.CANCELLED, null),
                        tuple("최영수", OrderStatus.NO_SHOW, null));
        assertThat(offers.get(id).parts())
                .extracting(OfferDetails.PartView::prepared)
                .containsOnly("READY");
        assertThat(gift.smsTo(minji))
                .as("the code, one confirmation and one reminder, though every job ran twice")
                .hasSize(3);
        assertThat(gift.smsTo(minji).getLast())
                .contains(first.pickupCode(), "중앙시장 고객센터", "160,000원");
        // 240,000 won paid for 3 sets; the co-op's 2 % is 4,800, her card cost 0.8 % of 160,000 =
        // 1,280, his
        // transfer 500: 233,420 won for the shops, split 36,000 : 135,000 : 45,000. The butcher's
        // .5 won is the
        // largest fraction and gets the left-over won.
        SaleStatement statement = ledger.statement(id);
        assertThat(statement)
                .extracting(
                        SaleStatement::received,
                        SaleStatement::fee,
                        SaleStatement::cardCosts,
                        SaleStatement::transferCosts,
                        SaleStatement::paidToShops)
                .containsExactly(240_000L, 4_800L, 1_280L, 500L, 233_420L);
        assertThat(statement.shares())
                .extracting(
                        SaleStatement.Line::shop,
                        SaleStatement.Line::amount,
                        SaleStatement.Line::leftoverWon)
                .containsExactly(
                        tuple(gift.f().leader(), 38_903L, false),
                        tuple(gift.f().member(), 145_888L, true),
                        tuple(gift.riceCakes(), 48_629L, false));

        // The butcher's ledger shows the share; the leader records paying it, once; only the leader
        // can.
        Fixtures.signIn(gift.f().member());
        assertThat(ledger.myLedger())
                .extracting(
                        SaleLedger.LedgerEntry::offerId,
                        SaleLedger.LedgerEntry::amount,
                        SaleLedger.LedgerEntry::paidOutAt)
                .containsExactly(tuple(id, 145_888L, null));
        assertThatThrownBy(() -> ledger.payOut(id, gift.f().member()))
                .hasMessage("error.sale.leaderOnly");
        Fixtures.signIn(gift.f().leader());
        assertThat(ledger.payOut(id, gift.f().member()).shares())
                .filteredOn(l -> l.paidOutAt() != null)
                .extracting(SaleStatement.Line::shop)
                .containsExactly(gift.f().member());
        assertThatThrownBy(() -> ledger.payOut(id, gift.f().member()))
                .hasMessage("error.sale.paidOutAlready");
        Fixtures.signIn(gift.f().member());
        assertThat(ledger.myLedger().getFirst().paidOutAt()).isNotNull();
    }

    @Test
    void aShopAnswerTheEngineNoLongerTookLeavesThePartUnansweredAndTheShopIsTold() {
        Fixtures.signIn(gift.f().member());
        long id = offers.propose(gift.form(20, 0, GiftSet.farDeadline())).id();
        TaskDetails leaders =
                MyTaskList.awaitTask(
                        inbox, gift.f().leader(), "joint-sale-confirm-part", GiftSet.WAIT);
        inbox.complete(leaders.id(), Map.of("decision", "CONFIRM"));
        await().atMost(GiftSet.WAIT)
                .until(() -> PendingCompletions.stateOf(jdbc, leaders.id()).startsWith("DONE/"));

        // The shops' answers end in the engine (cancelled here, as the answer time would end
        // them) before the butcher's confirmation reaches it.
        TaskDetails late =
                MyTaskList.awaitTask(
                        inbox, gift.f().member(), "joint-sale-confirm-part", GiftSet.WAIT);
        camunda.newCancelInstanceCommand(
                        jdbc.queryForObject(
                                "select process_instance_key from task where job_key = ?",
                                Long.class,
                                late.id()))
                .send()
                .join();
        inbox.complete(late.id(), Map.of("decision", "CONFIRM"));

        await().atMost(GiftSet.WAIT)
                .until(() -> PendingCompletions.stateOf(jdbc, late.id()).startsWith("NOT_TAKEN/"));
        Fixtures.signIn(gift.f().member());
        assertThat(offers.get(id).parts())
                .extracting(OfferDetails.PartView::shop, OfferDetails.PartView::answer)
                .contains(
                        tuple(gift.f().leader(), PartAnswer.CONFIRMED),
                        tuple(gift.f().member(), PartAnswer.PENDING));
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from notification where dedup_key = ?",
                                Integer.class,
                                "task-not-taken:" + late.id()))
                .as("the butcher is told in the app")
                .isEqualTo(1);
    }

    @Test
    void aShopThatDeclinesSendsTheOfferBackAndTheProposerRevisesItWithoutThatShop() {
        Fixtures.signIn(gift.f().member());
        long id = offers.propose(gift.form(20, 0, GiftSet.farDeadline())).id();
        MyTaskList.complete(
                inbox,
                gift.f().leader(),
                "joint-sale-confirm-part",
                Map.of("decision", "CONFIRM"),
                GiftSet.WAIT);
        // The butcher's task ends with the decline (on the in-memory engine its row stays, as no
        // audit trail closes it).
        long unanswered =
                MyTaskList.awaitTask(
                                inbox, gift.f().member(), "joint-sale-confirm-part", GiftSet.WAIT)
                        .id();
        TaskDetails decline =
                MyTaskList.awaitTask(
                        inbox, gift.riceCakes(), "joint-sale-confirm-part", GiftSet.WAIT);
        assertThatThrownBy(() -> inbox.complete(decline.id(), Map.of("decision", "DECLINE")))
                .hasMessage("error.sale.declineReasonRequired");
        inbox.complete(decline.id(), Map.of("decision", "DECLINE", "reason", "설 전주에는 떡을 더 못 만듭니다"));

        TaskDetails revise =
                MyTaskList.awaitTask(inbox, gift.f().member(), "joint-sale-revise", GiftSet.WAIT);
        OfferDetails declined = offers.get(id);
        assertThat(declined.stage()).isEqualTo(OfferStage.REVISING);
        assertThat(declined.parts())
                .extracting(OfferDetails.PartView::answerReason)
                .contains("설 전주에는 떡을 더 못 만듭니다");
        OfferForm without = declined.asForm();
        Map<String, Object> revised =
                Map.of(
                        "coopId",
                        gift.f().coopId(),
                        "title",
                        "설 선물세트 (떡 빼고)",
                        "description",
                        without.description(),
                        "salePrice",
                        60_000,
                        "sets",
                        20,
                        "minimumSets",
                        0,
                        "orderDeadline",
                        without.orderDeadline().toString(),
                        "parts",
                        List.of(
                                Map.of(
                                        "shop",
                                        gift.f().leader(),
                                        "item",
                                        "명절 카스텔라",
                                        "quantityPerSet",
                                        1,
                                        "unit",
                                        "개",
                                        "pricePerSet",
                                        GiftSet.BREAD),
                                Map.of(
                                        "shop",
                                        gift.f().member(),
                                        "item",
                                        "한우 불고기",
                                        "quantityPerSet",
                                        1,
                                        "unit",
                                        "팩",
                                        "pricePerSet",
                                        GiftSet.BEEF)),
                        "slots",
                        List.of(
                                Map.of(
                                        "place",
                                        "중앙시장 고객센터",
                                        "startsAt",
                                        without.slots().getFirst().startsAt().toString(),
                                        "endsAt",
                                        without.slots().getFirst().endsAt().toString())));
        inbox.complete(revise.id(), Map.of("decision", "REVISE", "offer", revised));

        MyTaskList.complete(
                inbox,
                gift.f().leader(),
                "joint-sale-confirm-part",
                Map.of("decision", "CONFIRM"),
                GiftSet.WAIT);
        Fixtures.signIn(gift.f().member());
        await().pollInSameThread().atMost(GiftSet.WAIT).until(() -> newTask(unanswered) != null);
        inbox.complete(newTask(unanswered).id(), Map.of("decision", "CONFIRM"));
        gift.awaitStage(offers, id, OfferStage.VOTING);
        OfferDetails now = offers.get(id);
        assertThat(now.revisions()).isEqualTo(1);
        assertThat(now.parts())
                .extracting(OfferDetails.PartView::shop)
                .containsExactly(gift.f().leader(), gift.f().member());
    }

    @Test
    void belowTheMinimumTheLeaderCancelsWithAReasonAndEveryCustomerIsTold() {
        long id = proposeClosingIn(Duration.ofSeconds(90), 20, 5);
        gift.everyShopConfirms();
        gift.everyoneVotes("YES");
        gift.awaitStage(offers, id, OfferStage.ORDERING);
        String phone = GiftSet.newPhone();
        order(id, 1, "김민지", phone);

        TaskDetails decide =
                MyTaskList.awaitTask(
                        inbox, gift.f().leader(), "joint-sale-below-minimum", TIMER_WAIT);
        assertThatThrownBy(() -> inbox.complete(decide.id(), Map.of("decision", "CANCEL")))
                .hasMessage("error.sale.cancelReasonRequired");
        inbox.complete(decide.id(), Map.of("decision", "CANCEL", "reason", "주문이 5세트에 못 미쳤습니다"));
        gift.awaitStage(offers, id, OfferStage.CANCELLED);
        await().atMost(GiftSet.WAIT)
                .until(() -> gift.smsTo(phone).getLast().contains("주문이 5세트에 못 미쳤습니다"));
        Fixtures.signIn(gift.f().leader());
        assertThat(counter.orders(id))
                .extracting(SaleCounter.OrderLine::status)
                .containsExactly(OrderStatus.CANCELLED);
    }

    /**
     * The signed-in person's confirmation task of the new round (not the one of the round before).
     */
    private TaskDetails newTask(long before) {
        return inbox.myTasks(TaskFilter.none(), 0, 100).stream()
                .filter(t -> "joint-sale-confirm-part".equals(t.formKey()) && t.id() != before)
                .findFirst()
                .orElse(null);
    }

    private long proposeClosingIn(Duration in, int sets, int minimum) {
        return proposeClosingIn(in, sets, minimum, null);
    }

    /**
     * Proposed by the leader on a clock set back by the voting time: the orders close {@code in}
     * from now.
     */
    private long proposeClosingIn(Duration in, int sets, int minimum, String account) {
        clock.shift(VOTING_TIME.negated());
        try {
            Fixtures.signIn(gift.f().leader());
            return offers.propose(gift.form(sets, minimum, Instant.now().plus(in), account)).id();
        } finally {
            clock.reset();
        }
    }

    private OrderReceipt order(long offerId, int sets, String name, String phone) {
        customers.sendCode(phone, Locale.KOREAN);
        long slot = customers.publicOffer(offerId).slots().getFirst().id();
        return customers.order(
                offerId,
                new OrderForm(sets, name, phone, gift.lastCode(phone), slot),
                Locale.KOREAN);
    }
}
