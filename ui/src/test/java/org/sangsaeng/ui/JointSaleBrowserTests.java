package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Locator;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.sale.GiftSet;
import org.sangsaeng.sale.JointOfferService;
import org.sangsaeng.sale.OfferStage;
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

    @Autowired
    AccountService accounts;
    @Autowired
    CoopService coops;
    @Autowired
    TaskInbox inbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JointOfferService offers;

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
        long task = MyTaskList.awaitTask(inbox, gift.f().member(), "joint-sale-confirm-part", GiftSet.WAIT).id();
        shop.navigate("http://localhost:" + port + "/tasks/" + task);
        shop.locator("vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText("이대로 낼 수 있어요")).click();
        shop.locator("#complete-task").click();
        MyTaskList.complete(inbox, gift.f().leader(), "joint-sale-confirm-part", Map.of("decision", "CONFIRM"), GiftSet.WAIT);
        MyTaskList.complete(inbox, gift.riceCakes(), "joint-sale-confirm-part", Map.of("decision", "CONFIRM"), GiftSet.WAIT);
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
}
