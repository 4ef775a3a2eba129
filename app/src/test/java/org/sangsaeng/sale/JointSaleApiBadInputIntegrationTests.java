package org.sangsaeng.sale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.tasks.TaskInbox;
import org.sangsaeng.web.BadInput;
import org.sangsaeng.web.BadInputTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The joint sale's API refuses each mistake with a message naming it, and changes nothing: a shop
 * outside the co-op, a sale price below the parts without the leader's confirmation, ordering
 * outside the window, a phone code that is wrong, expired or used twice, a pickup code used twice.
 */
class JointSaleApiBadInputIntegrationTests extends BadInputTest {

    static final String OFFERS = "/api/v1/sale-offers";

    @Autowired TaskInbox inbox;
    @Autowired JointOfferService offers;
    @Autowired CustomerOrders customers;

    GiftSet gift;

    @BeforeEach
    void givenAGiftSetOfThreeShops() {
        gift = GiftSet.prepare(accounts, coops, inbox, jdbc);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void badProposalsAreRefusedByTheirMistakeAndStoreNothing() {
        Fixtures f = gift.f();
        Supplier<?> nothing = bad.rows("select * from joint_offer where coop_id = ?", f.coopId());
        Map<String, Object> good = proposal(gift.form(20, 0, GiftSet.farDeadline()));

        Map<String, Object> outsider = proposal(gift.form(20, 0, GiftSet.farDeadline()));
        part(outsider, 2).put("shop", f.otherLeader());
        assertThat(refused(400, outsider, f.leader(), nothing))
                .contains("error.sale.shopNotMember", f.otherLeader());

        Map<String, Object> belowCost = proposal(gift.form(20, 0, GiftSet.farDeadline()));
        belowCost.put("salePrice", 70_000);
        assertThat(refused(400, belowCost, f.leader(), nothing))
                .contains("error.sale.belowCost", "70,000", "72,000");
        belowCost.put("belowCostConfirmed", true);
        assertThat(refused(403, belowCost, f.member(), nothing))
                .contains("error.sale.belowCostLeaderOnly");

        Map<String, Object> soon =
                proposal(gift.form(20, 0, Instant.now().plus(Duration.ofDays(2))));
        assertThat(refused(400, soon, f.leader(), nothing))
                .contains("error.sale.orderDeadlineTooSoon");
        Map<String, Object> early = proposal(gift.form(20, 0, GiftSet.farDeadline()));
        slot(early).put("startsAt", Instant.now().plus(Duration.ofDays(1)).toString());
        assertThat(refused(400, early, f.leader(), nothing))
                .contains("error.sale.slotBeforeDeadline");
        Map<String, Object> noPrice = proposal(gift.form(20, 0, GiftSet.farDeadline()));
        part(noPrice, 0).put("pricePerSet", 0);
        assertThat(refused(400, noPrice, f.leader(), nothing)).contains("error.sale.priceRange");
        Map<String, Object> minimum = proposal(gift.form(20, 21, GiftSet.farDeadline()));
        assertThat(refused(400, minimum, f.leader(), nothing)).contains("error.sale.minimumRange");
        assertThat(refused(403, good, f.applicant(), nothing)).contains("error.sale.membersOnly");
        assertThat(refused(403, good, f.otherLeader(), nothing)).contains("error.sale.membersOnly");
        bad.refusesGarbage("POST", OFFERS, f.leader(), nothing);

        // The leader's explicit word lets the set sell below its parts; it is kept on the offer.
        var made = BadInput.tree(bad.ok("POST", OFFERS, f.leader(), json(belowCost)));
        assertThat(made.get("belowCostConfirmed").asBoolean()).isTrue();
        assertThat(made.get("partsTotal").asLong()).isEqualTo(72_000);
    }

    @Test
    void badOrdersAreRefusedByTheirMistakeAndTakeNoSet() {
        Fixtures.signIn(gift.f().leader());
        long id = offers.propose(gift.form(20, 0, GiftSet.farDeadline())).id();
        String path = "/api/v1/public/sale-offers/" + id + "/orders";
        String phone = GiftSet.newPhone();
        Supplier<?> nothing =
                bad.rows(
                        "select o.sets_ordered, count(r.id) from joint_offer o left join joint_order r"
                                + " on r.offer_id = o.id where o.id = ? group by o.sets_ordered",
                        id);
        sendCode(phone);
        String code = gift.lastCode(phone);
        long slot = offers.get(id).slots().getFirst().id();

        assertThat(bad.refusedPost(409, path, null, order(1, "김민지", phone, code, slot), nothing))
                .as("not yet agreed by the co-op")
                .contains("error.sale.orderWindowClosed");
        gift.everyShopConfirms();
        gift.everyoneVotes("YES");
        gift.awaitStage(offers, id, OfferStage.ORDERING);
        Fixtures.signOut();

        String wrong = code.equals("000000") ? "111111" : "000000";
        assertThat(bad.refusedPost(400, path, null, order(1, "김민지", phone, wrong, slot), nothing))
                .contains("error.phoneCode.wrong");
        assertThat(bad.refusedPost(400, path, null, order(0, "김민지", phone, code, slot), nothing))
                .contains("error.sale.orderSetsRange");
        assertThat(bad.refusedPost(400, path, null, order(1, " ", phone, code, slot), nothing))
                .contains("error.sale.nameRequired");
        assertThat(
                        bad.refusedPost(
                                400, path, null, order(1, "김민지", phone, code, slot + 999), nothing))
                .contains("error.sale.slotUnknown");
        assertThat(bad.refusedPost(409, path, null, order(21, "김민지", phone, code, slot), nothing))
                .as("more than the sets left: the code stays unspent")
                .contains("error.sale.soldOut", "20");
        bad.refusesGarbage("POST", path, null, nothing);

        // The code is spent by a good order; the same code again is refused and takes no set.
        bad.ok("POST", path, null, order(2, "김민지", phone, code, slot));
        Supplier<?> one =
                bad.rows(
                        "select o.sets_ordered, count(r.id) from joint_offer o left join joint_order r"
                                + " on r.offer_id = o.id where o.id = ? group by o.sets_ordered",
                        id);
        assertThat(bad.refusedPost(400, path, null, order(1, "김민지", phone, code, slot), one))
                .contains("error.phoneCode.used");

        String late = GiftSet.newPhone();
        sendCode(late);
        jdbc.update(
                "update one_time_code set created_at = created_at - interval 1 hour,"
                        + " expires_at = created_at + interval 10 minute where subject = ?",
                late);
        assertThat(
                        bad.refusedPost(
                                400,
                                path,
                                null,
                                order(1, "이준호", late, gift.lastCode(late), slot),
                                one))
                .contains("error.phoneCode.expired");

        // After the window: refused, whatever the code.
        String after = GiftSet.newPhone();
        sendCode(after);
        jdbc.update(
                "update joint_offer set order_deadline = ? where id = ?",
                Instant.now().minusSeconds(1),
                id);
        assertThat(
                        bad.refusedPost(
                                409,
                                path,
                                null,
                                order(1, "박서연", after, gift.lastCode(after), slot),
                                one))
                .contains("error.sale.orderWindowClosed");
    }

    @Test
    void theCounterRefusesUnknownCodesCodesOfOtherCoopsAndCodesBeforeThePickup() {
        Fixtures.signIn(gift.f().leader());
        long id = offers.propose(gift.form(20, 0, GiftSet.farDeadline(), GiftSet.ACCOUNT)).id();
        gift.everyShopConfirms();
        gift.everyoneVotes("YES");
        gift.awaitStage(offers, id, OfferStage.ORDERING);
        long noTransfers = offers.propose(gift.form(20, 0, GiftSet.farDeadline())).id();
        String phone = GiftSet.newPhone();
        customers.sendCode(phone, Locale.KOREAN);
        OrderReceipt order =
                customers.order(
                        id,
                        new OrderForm(
                                1,
                                "김민지",
                                phone,
                                gift.lastCode(phone),
                                offers.get(id).slots().getFirst().id()),
                        Locale.KOREAN);
        Supplier<?> state =
                bad.rows("select status, picked_up_at from joint_order where offer_id = ?", id);
        String pickups = OFFERS + "/pickups";

        String member = gift.f().member();
        String good = "{\"code\":\"" + order.pickupCode() + "\"}";
        assertThat(bad.refusedPost(404, pickups, member, "{\"code\":\"ZZZZ2222\"}", state))
                .contains("error.sale.codeUnknown");
        assertThat(bad.refusedPost(400, pickups, member, "{\"code\":\" \"}", state))
                .contains("error.sale.codeRequired");
        assertThat(bad.refusedPost(403, pickups, gift.f().otherLeader(), good, state))
                .contains("error.sale.counterMembersOnly");
        assertThat(bad.refusedPost(409, pickups, member, good, state))
                .contains("error.sale.notInPickup");
        assertThat(
                        bad.refused(
                                        404,
                                        "GET",
                                        "/api/v1/public/sale-orders/wrong-token",
                                        null,
                                        null,
                                        state)
                                .body())
                .contains("error.sale.orderNotFound");

        // Transfers: only the leader confirms one, of an order of this sale, once; then the
        // customer cannot cancel online.
        Supplier<?> payment =
                bad.rows(
                        "select status, payment_method, paid_amount, paid_at from joint_order"
                                + " where offer_id = ?",
                        id);
        String transfers = OFFERS + "/" + id + "/transfers";
        assertThat(bad.refusedPost(403, transfers, gift.f().member(), good, payment))
                .contains("error.sale.leaderOnly");
        assertThat(
                        bad.refusedPost(
                                404,
                                transfers,
                                gift.f().leader(),
                                "{\"code\":\"ZZZZ2222\"}",
                                payment))
                .contains("error.sale.codeNotOfOffer");
        assertThat(
                        bad.refusedPost(
                                409,
                                OFFERS + "/" + noTransfers + "/transfers",
                                gift.f().leader(),
                                good,
                                payment))
                .contains("error.sale.noTransfers");
        bad.ok("POST", transfers, gift.f().leader(), good);
        Supplier<?> paid =
                bad.rows(
                        "select status, payment_method, paid_amount, paid_at from joint_order"
                                + " where offer_id = ?",
                        id);
        assertThat(bad.refusedPost(409, transfers, gift.f().leader(), good, paid))
                .contains("error.sale.paidAlready");
        assertThat(
                        bad.refusedPost(
                                409,
                                "/api/v1/public/sale-orders/" + order.orderToken() + "/cancel",
                                null,
                                null,
                                paid))
                .contains("error.sale.paidCancelThroughCoop");
        // Nothing to pay out before the sale closes.
        assertThat(
                        bad.refusedPost(
                                409,
                                OFFERS + "/" + id + "/shares/" + gift.f().member() + "/payout",
                                gift.f().leader(),
                                null,
                                paid))
                .contains("error.sale.notSettled");
    }

    private String refused(
            int status, Map<String, Object> proposal, String user, Supplier<?> state) {
        return bad.refusedPost(status, OFFERS, user, json(proposal), state);
    }

    private void sendCode(String phone) {
        bad.ok("POST", "/api/v1/public/phone-codes", null, "{\"phone\":\"" + phone + "\"}");
    }

    private static String order(int sets, String name, String phone, String code, long slot) {
        return json(
                Map.of(
                        "sets",
                        sets,
                        "name",
                        name,
                        "phone",
                        phone,
                        "phoneCode",
                        code,
                        "slotId",
                        slot));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> proposal(OfferForm form) {
        Map<String, Object> map =
                new LinkedHashMap<>(JsonMapper.shared().convertValue(form, Map.class));
        map.put(
                "parts",
                ((List<Map<String, Object>>) map.get("parts"))
                        .stream().map(LinkedHashMap::new).toList());
        map.put(
                "slots",
                ((List<Map<String, Object>>) map.get("slots"))
                        .stream().map(LinkedHashMap::new).toList());
        return map;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(Map<String, Object> proposal, int index) {
        return ((List<Map<String, Object>>) proposal.get("parts")).get(index);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> slot(Map<String, Object> proposal) {
        return ((List<Map<String, Object>>) proposal.get("slots")).getFirst();
    }

    private static String json(Object value) {
        return JsonMapper.shared().writeValueAsString(value);
    }
}
