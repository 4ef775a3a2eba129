package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.sale.CustomerOrders;
import org.sangsaeng.sale.GiftSet;
import org.sangsaeng.sale.JointOfferService;
import org.sangsaeng.sale.JointSaleSteps;
import org.sangsaeng.sale.OfferStage;
import org.sangsaeng.sale.OrderForm;
import org.sangsaeng.sale.OrderReceipt;
import org.sangsaeng.tasks.MyTaskList;
import org.sangsaeng.tasks.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A customer orders a joint offer's gift sets on a phone, without an account: the public page, the
 * code from the SMS, the order's page with its pickup code, and cancelling it there. The shops'
 * confirmations are answered on a phone-sized task form.
 */
class JointSaleBrowserTests extends BrowserTest {

    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired TaskInbox inbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired JointOfferService offers;
    @Autowired CustomerOrders customers;
    @Autowired JointSaleSteps steps;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void aCustomerOrdersGiftSetsOnAPhoneAndCancelsThroughTheOrdersLink() {
        GiftSet gift = GiftSet.prepare(accounts, coops, inbox, jdbc);
        Fixtures.signIn(gift.f().leader());
        long id = offers.propose(gift.form(20, 0, GiftSet.farDeadline())).id();

        // The butcher confirms the part on a phone; the other shops in their task lists.
        Page shop = browser.newPage(390, 844);
        signIn(shop, gift.f().member());
        long task =
                MyTaskList.awaitTask(
                                inbox, gift.f().member(), "joint-sale-confirm-part", GiftSet.WAIT)
                        .id();
        shop.navigate("http://localhost:" + port + "/tasks/" + task);
        shop.locator("vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("이대로 낼 수 있어요"))
                .click();
        shop.locator("#complete-task").click();
        MyTaskList.complete(
                inbox,
                gift.f().leader(),
                "joint-sale-confirm-part",
                Map.of("decision", "CONFIRM"),
                GiftSet.WAIT);
        MyTaskList.complete(
                inbox,
                gift.riceCakes(),
                "joint-sale-confirm-part",
                Map.of("decision", "CONFIRM"),
                GiftSet.WAIT);
        gift.everyoneVotes("YES");
        gift.awaitStage(offers, id, OfferStage.ORDERING);

        Page phone = browser.newPage(390, 844);
        phone.navigate("http://localhost:" + port + "/sale/" + id);
        assertThat(phone.locator("h1")).containsText("설 선물세트");
        assertThat(phone.locator("#sale-price-left")).containsText("80,000원");
        assertThat(phone.locator("#sale-price-left")).containsText("20");
        String number = GiftSet.newPhone();
        phone.locator("#order-sets input").fill("2");
        phone.locator("#order-name input").fill("김민지");
        phone.locator("#order-phone input").fill(number);
        phone.locator("#order-send-code").click();
        assertThat(phone.locator("#order-code-sent")).containsText("10분");
        phone.locator("#order-code input").fill(gift.lastCode(number));
        phone.locator("#order-submit").click();

        assertThat(phone.locator("#order-pickup-code")).hasText(Pattern.compile("[A-Z2-9]{8}"));
        assertThat(phone.locator("#order-status")).containsText("주문 접수");
        assertThat(phone.getByText("160,000원")).isVisible();
        screenshot(phone, "joint-sale-order-phone");
        Assertions.assertThat(gift.smsTo(number).getLast())
                .contains(phone.locator("#order-pickup-code").textContent());

        phone.locator("#order-cancel").click();
        assertThat(phone.locator("#order-status")).containsText("취소됨");
        Fixtures.signIn(gift.f().leader());
        Assertions.assertThat(offers.get(id).setsOrdered()).isZero();
    }

    @Test
    void theLeaderConfirmsATransferTheCounterTakesCashAndTheShopsSeeTheirPaidShares() {
        GiftSet gift = GiftSet.prepare(accounts, coops, inbox, jdbc);
        Fixtures.signIn(gift.f().leader());
        long id = offers.propose(gift.form(20, 0, GiftSet.farDeadline(), GiftSet.ACCOUNT)).id();
        gift.everyShopConfirms();
        gift.everyoneVotes("YES");
        gift.awaitStage(offers, id, OfferStage.ORDERING);
        OrderReceipt cash = order(gift, id, "김민지");
        OrderReceipt transfer = order(gift, id, "이준호");

        // The public page says how to pay, with the co-op's account.
        Page customer = browser.newPage(390, 844);
        customer.navigate("http://localhost:" + port + "/sale/" + id);
        assertThat(customer.locator("#offer-payment")).containsText(GiftSet.ACCOUNT);

        // The leader found his transfer in the account and confirms it by the order's code, on a
        // phone.
        Page leader = browser.newPage(390, 844);
        signIn(leader, gift.f().leader());
        leader.navigate("http://localhost:" + port + "/sales/" + id);
        leader.locator("#transfer-code input").fill(transfer.pickupCode());
        leader.locator("#transfer-confirm").click();
        assertThat(leader.locator("#sale-orders")).containsText("계좌이체");
        assertThat(leader.locator("#sale-orders")).containsText("이준호 · 1세트");
        Assertions.assertThat(fitsThePhone(leader, "#sale-orders"))
                .as("the orders do not scroll sideways on a phone")
                .isTrue();
        customer.navigate("http://localhost:" + port + "/sale/order/" + transfer.orderToken());
        assertThat(customer.locator("#order-payment")).containsText("입금 확인됨");
        assertThat(customer.locator("img[alt='" + transfer.pickupCode() + "']")).isVisible();
        Assertions.assertThat(customer.locator("#order-cancel").count()).isZero();

        // The order window is over (as its timer would make it), the butcher stands at the counter.
        jdbc.update("update joint_offer set stage = 'PREPARING' where id = ?", id);
        Page counter = browser.newPage(390, 844);
        signIn(counter, gift.f().member());
        counter.navigate("http://localhost:" + port + "/sale-counter");
        counter.locator("#pickup-scan").click();
        // Headless Chromium has no barcode reader: it says so, and the code is typed.
        assertThat(counter.locator("vaadin-notification-card").first()).containsText("번호를 입력해 주세요");
        counter.locator("#pickup-code input").fill(cash.pickupCode());
        counter.locator("#pickup-look").click();
        assertThat(counter.locator("#pickup-order")).containsText("김민지");
        assertThat(counter.locator("#pickup-order")).containsText("80,000원");
        assertThat(counter.locator("#pickup-paid")).isHidden();
        counter.locator("#pickup-cash").click();
        assertThat(counter.locator("#pickup-result")).containsText("현금 80,000원을(를) 받았습니다");
        counter.locator("#pickup-code input").fill(transfer.pickupCode());
        counter.locator("#pickup-look").click();
        assertThat(counter.locator("#pickup-order")).containsText("돈을 받지 마세요");
        assertThat(counter.locator("#pickup-cash")).isHidden();
        screenshot(counter, "joint-sale-counter-paid-phone");
        counter.locator("#pickup-paid").click();
        assertThat(counter.locator("#pickup-result")).containsText("오늘은 받을 돈이 없습니다");

        // The last slot ended: the sale closes and the leader pays the butcher his share.
        steps.close(id);
        leader.navigate("http://localhost:" + port + "/sales/" + id);
        assertThat(leader.locator("#sale-settlement")).containsText("160,000원");
        leader.locator("#pay-out-" + gift.f().member()).click();
        assertThat(leader.locator("#pay-out-" + gift.f().member())).hasCount(0);
        Assertions.assertThat(fitsThePhone(leader, "#sale-statement"))
                .as("the shares do not scroll sideways on a phone")
                .isTrue();
        screenshot(leader, "joint-sale-statement-phone");
        counter.navigate("http://localhost:" + port + "/sales");
        assertThat(counter.locator("#sale-ledger")).containsText("100,000원");
        assertThat(counter.locator("#sale-ledger")).not().containsText("지급 전");
    }

    /**
     * Whether the grid's rows fit its width, so that nothing hides beyond the phone's right edge.
     */
    private static boolean fitsThePhone(Page page, String grid) {
        return (Boolean)
                page.evaluate(
                        "g => { const t = document.querySelector(g).$.table;"
                                + " return t.scrollWidth <= t.clientWidth + 1; }",
                        grid);
    }

    private OrderReceipt order(GiftSet gift, long offerId, String name) {
        String phone = GiftSet.newPhone();
        customers.sendCode(phone, Locale.KOREAN);
        long slot = customers.publicOffer(offerId).slots().getFirst().id();
        return customers.order(
                offerId, new OrderForm(1, name, phone, gift.lastCode(phone), slot), Locale.KOREAN);
    }
}
